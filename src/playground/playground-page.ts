/**
 * The playground: its program comes from and goes to the address (`#code=` for one file,
 * `#files=` for several, see lib/program-link.ts), falls back to the reader's last
 * program, then to the first starter.
 */
import type { CodeExampleElement } from '../components/example/example-element';
import { sharedRunner } from '../components/example/shared-runner';
import { PLAYGROUND_FILE_NAME, hashWithStep, programFromHash, programHash, stepFromHash, timeLimitFromHash } from '../lib/program-link';
import type { SourceFile } from '../runtime/compile-options';
import type { CompiledProgram } from '../runtime/protocol';
import { highlightTypeScript } from './light-highlight';

interface EmbeddedStarter {
  readonly title: string;
  readonly source: string;
  readonly program: CompiledProgram;
}

/** Holds the last program's hash, so one-file and several-file programs both come back. */
const LAST_PROGRAM_KEY = 'awaitable:playground-program';
/** Where earlier versions kept the last one-file program's source. */
const OLD_LAST_PROGRAM_KEY = 'awaitable:playground';
const HASH_UPDATE_DELAY_MS = 250;

const example = document.querySelector<CodeExampleElement>('code-example[data-playground]');
const starterMenu = document.querySelector<HTMLSelectElement>('[data-starter]');
const message = document.querySelector<HTMLElement>('[data-playground-message]');
const starters = JSON.parse(
  document.querySelector('script[data-starters]')?.textContent ?? '[]',
) as readonly EmbeddedStarter[];

function say(text: string): void {
  if (message) message.textContent = text;
}

const oneFile = (source: string): SourceFile[] => [{ name: PLAYGROUND_FILE_NAME, source }];

/** A program to show, with the time limit its link asked for. */
interface LoadedProgram {
  readonly files: readonly SourceFile[];
  readonly timeLimitMs: number;
}

const fromLink = (files: readonly SourceFile[], hash: string): LoadedProgram => ({ files, timeLimitMs: timeLimitFromHash(hash) });

/** The reader's last program, if this browser kept one. */
function lastProgram(): LoadedProgram | null {
  try {
    const hash = localStorage.getItem(LAST_PROGRAM_KEY) ?? '';
    const files = programFromHash(hash);
    if (Array.isArray(files)) return fromLink(files, hash);
    const oldSource = localStorage.getItem(OLD_LAST_PROGRAM_KEY);
    return oldSource ? fromLink(oneFile(oldSource), '') : null;
  } catch {
    return null;
  }
}

/** The program to show first: the address's, else the last one, else the first starter. */
function initialProgram(): LoadedProgram {
  const fromAddress = programFromHash(location.hash);
  if (Array.isArray(fromAddress)) return fromLink(fromAddress, location.hash);
  if (fromAddress instanceof Error) say(`This link's program could not be loaded (${fromAddress.message}); showing another instead.`);
  return lastProgram() ?? fromLink(oneFile(starters[0]?.source ?? ''), '');
}

function load({ files, timeLimitMs }: LoadedProgram): Promise<void> {
  if (!example) return Promise.resolve();
  example.dataset['timeLimit'] = String(timeLimitMs);
  return example.setFiles(files, { asOriginal: true });
}

const currentHash = (): string =>
  example ? programHash(example.files, Number(example.dataset['timeLimit']) || undefined) : '';

const sameProgram = (a: readonly SourceFile[], b: readonly SourceFile[]): boolean =>
  a.length === b.length && a.every((file, index) => file.name === b[index]?.name && file.source === b[index]?.source);

/** A starter's build-time highlighting (Shiki), if `source` is one. */
function starterHighlighting(source: string): HTMLPreElement | null {
  const index = starters.findIndex((starter) => starter.source === source);
  const template = document.querySelector<HTMLTemplateElement>(`template[data-starter-highlight="${index}"]`);
  return template?.content.querySelector('pre') ?? null;
}

/** Shows the code highlighted while Monaco loads: Shiki's from the build for a starter, else Prism's. */
function highlightPlainSource(event: Event): void {
  const { pre, source } = (event as CustomEvent<{ pre: HTMLPreElement; source: string }>).detail;
  const fromBuild = starterHighlighting(source);
  if (!fromBuild) {
    highlightTypeScript(pre, source);
    return;
  }
  pre.className = `plain-source ${fromBuild.className}`;
  pre.setAttribute('style', fromBuild.getAttribute('style') ?? '');
  pre.replaceChildren(...[...fromBuild.childNodes].map((node) => node.cloneNode(true)));
}

const isPrecompiled = (files: readonly SourceFile[]): boolean =>
  files.length === 1 && starters.some((starter) => starter.source === files[0]?.source);

if (example) {
  for (const starter of starters) example.addPrecompiled(starter.source, starter.program);
  example.addEventListener('example-plain-source', highlightPlainSource);
  const initial = initialProgram();
  if (!isPrecompiled(initial.files)) {
    void import('./compile-early').then(({ compileEarly }) => compileEarly(initial.files, say));
  }
  // The editor opens once the program's files are known, so it is built once, for them.
  const linkedStep = stepFromHash(location.hash);
  void load(initial)
    .then(() => {
      // A link with `&step=N` opens the step-through panel at that step.
      if (linkedStep !== null) void example.stepThrough({ startAt: linkedStep });
      return example.openEditor();
    })
    // A reader who opens the playground is about to run something: a sandbox is started
    // ahead, once the editor is on screen. Started with the page, its frame and worker took
    // the CPU from Monaco's opening (about 100 ms of it); a Run pressed sooner starts its own.
    .finally(() => sharedRunner().prepare());

  // The step-through panel's step follows in the address, so a shared link opens at it
  // (once the reader settles on a step: scrubbing would otherwise rewrite the address each frame).
  let stepTimer: ReturnType<typeof setTimeout> | undefined;
  example.addEventListener('trace-step-change', (event) => {
    const { step } = (event as CustomEvent<{ step: number | null }>).detail;
    clearTimeout(stepTimer);
    stepTimer = setTimeout(() => history.replaceState(null, '', `#${hashWithStep(location.hash, step)}`), HASH_UPDATE_DELAY_MS);
  });

  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  example.addEventListener('example-source-change', () => {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(() => {
      const hash = currentHash();
      history.replaceState(null, '', `#${hash}`);
      try {
        localStorage.setItem(LAST_PROGRAM_KEY, hash);
      } catch {
        say('This browser does not let the site store your program; the address still holds it.');
      }
    }, HASH_UPDATE_DELAY_MS);
  });

  // Following another playground link (or Back) on this page loads its program.
  addEventListener('hashchange', () => {
    const fromHash = programFromHash(location.hash);
    if (fromHash instanceof Error) say(`This link's program could not be loaded (${fromHash.message}).`);
    if (Array.isArray(fromHash) && !sameProgram(fromHash, example.files)) void load(fromLink(fromHash, location.hash));
  });

  starterMenu?.addEventListener('change', () => {
    const starter = starters[Number(starterMenu.value)];
    if (!starter) return;
    const program = fromLink(oneFile(starter.source), '');
    // A new history entry, so Back returns to the program the reader had.
    history.pushState(null, '', `#${programHash(program.files)}`);
    void load(program);
    say(`Loaded "${starter.title}".`);
  });

  document.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
    history.replaceState(null, '', `#${currentHash()}`);
    try {
      await navigator.clipboard.writeText(location.href);
      say('Link copied.');
    } catch {
      say('Copying was blocked; copy the address from the address bar instead.');
    }
  });
}
