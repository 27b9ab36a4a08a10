/**
 * The playground: its code comes from and goes to the address (`#code=` + lz-string's
 * compressToEncodedURIComponent, the TypeScript playground's scheme), falls back to the
 * reader's last program, then to the first starter.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { CodeExampleElement } from '../components/example/example-element';
import type { CompiledProgram } from '../runtime/protocol';

interface EmbeddedStarter {
  readonly title: string;
  readonly source: string;
  readonly program: CompiledProgram;
}

const LAST_PROGRAM_KEY = 'awaitable:playground';
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

/** The program in the address, `null` when there is none, or an error when it cannot be read. */
function codeFromHash(): string | null | Error {
  const match = /(?:^#|&)code=([^&]*)/.exec(location.hash);
  if (!match?.[1]) return null;
  const code = decompressFromEncodedURIComponent(match[1]);
  return code === null || code === '' ? new Error('unreadable') : code;
}

function lastProgram(): string | null {
  try {
    return localStorage.getItem(LAST_PROGRAM_KEY);
  } catch {
    return null;
  }
}

function initialCode(): string {
  const fromHash = codeFromHash();
  if (typeof fromHash === 'string') return fromHash;
  if (fromHash instanceof Error) say('The code in this link could not be read; showing a starter program instead.');
  return lastProgram() ?? starters[0]?.source ?? '';
}

if (example) {
  for (const starter of starters) example.addPrecompiled(starter.source, starter.program);
  example.setSource(initialCode(), { asOriginal: true });

  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  example.addEventListener('example-source-change', () => {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(() => {
      const source = example.source;
      history.replaceState(null, '', `#code=${compressToEncodedURIComponent(source)}`);
      try {
        localStorage.setItem(LAST_PROGRAM_KEY, source);
      } catch {
        say('This browser does not let the site store your program; the address still holds it.');
      }
    }, HASH_UPDATE_DELAY_MS);
  });

  // Following another playground link (or Back) on this page loads its program.
  addEventListener('hashchange', () => {
    const fromHash = codeFromHash();
    if (typeof fromHash === 'string' && fromHash !== example.source) example.setSource(fromHash, { asOriginal: true });
  });

  starterMenu?.addEventListener('change', () => {
    const starter = starters[Number(starterMenu.value)];
    if (!starter) return;
    // A new history entry, so Back returns to the program the reader had.
    history.pushState(null, '', `#code=${compressToEncodedURIComponent(starter.source)}`);
    example.setSource(starter.source, { asOriginal: true });
    say(`Loaded "${starter.title}".`);
  });

  document.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
    history.replaceState(null, '', `#code=${compressToEncodedURIComponent(example.source)}`);
    try {
      await navigator.clipboard.writeText(location.href);
      say('Link copied.');
    } catch {
      say('Copying was blocked; copy the address from the address bar instead.');
    }
  });

  void example.openEditor();
}
