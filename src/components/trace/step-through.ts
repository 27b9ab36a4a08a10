/**
 * Step through, loaded when a reader first presses the button: compiles the example's
 * current code as Run does, records its execution in the sandbox (runtime/trace-recording.ts)
 * and feeds the steps to the example's panel as they arrive.
 */
import { sitePath } from '../../lib/site-path';
import { sharedRunner } from '../example/shared-runner';
import type { SourceFile } from '../../runtime/compile-options';
import { preloadRecorder, recordTraceInSandbox, type TraceRecordingHandle } from '../../runtime/trace-recording';
import { DEFAULT_TRACE_BUDGET } from '../../runtime/trace/trace-format';
import type { ProgramRequest, ProgramResult } from '../example/program-for-files';
import type { HighlightTarget } from './code-line-highlight';
import { TracePanel } from './trace-panel';
import { injectTraceStyles } from './trace-styles';

/** What the panel needs from `<code-example>`. */
export interface StepThroughHost extends HighlightTarget {
  readonly files: readonly SourceFile[];
  readonly fileName: string;
  readonly isPlayground: boolean;
  /** Whether every file is as the build wrote it (its recorded output then applies). */
  readonly isUnedited: boolean;
  compileCurrent(request: Omit<ProgramRequest, 'precompiled'>): Promise<ProgramResult>;
}

interface Session {
  readonly panel: TracePanel;
  recording: TraceRecordingHandle | null;
  token: number;
}

const sessions = new WeakMap<StepThroughHost, Session>();

export interface StepThroughOptions {
  /** Open at this step once it is recorded (a playground link's `&step=N`). */
  readonly startAt?: number | null;
}

/** Records the example's current code and shows the panel (re-recording if it is open). */
export async function stepThrough(example: StepThroughHost, { startAt = null }: StepThroughOptions = {}): Promise<TracePanel> {
  injectTraceStyles();
  const session = sessions.get(example) ?? createSession(example);
  const token = ++session.token;
  session.recording?.stop();
  session.recording = null;
  const { panel } = session;
  panel.startRecording(example.isUnedited ? recordedOutput(example) : null, startAt);
  panel.parts.root.focus({ preventScroll: true });
  panel.parts.root.scrollIntoView({ block: 'nearest' });

  const recorderUrl = sitePath('trace-worker.js');
  // Edited code compiles first (esbuild-wasm); the engine downloads meanwhile.
  preloadRecorder(recorderUrl);
  const result = await example.compileCurrent({ isCurrent: () => token === session.token, onProgress: (text) => panel.showProgress(text) });
  if (token !== session.token) return panel;
  if (result.kind === 'cancelled') return panel;
  if (result.kind !== 'program') {
    const reason =
      result.kind === 'errors'
        ? `Did not compile: ${result.errors.map((error) => error.text).join(' ')}`
        : `The compiler could not start (${result.message}). Check your connection and try again.`;
    panel.end('failed', reason);
    return panel;
  }
  panel.showProgress('Loading the step-through engine and recording…');
  session.recording = recordTraceInSandbox(
    (connect) => sharedRunner().startWorker(connect),
    recorderUrl,
    result.program,
    DEFAULT_TRACE_BUDGET,
    (event) => {
      if (token !== session.token) return;
      if (event.type === 'chunk') panel.addChunk(event.steps, event.output);
      else {
        session.recording = null;
        panel.end(event.status, event.reason);
      }
    },
  );
  return panel;
}

function createSession(example: StepThroughHost): Session {
  const session: Session = {
    token: 0,
    recording: null,
    panel: new TracePanel(example, {
      mainFile: () => example.files[0]?.name ?? example.fileName,
      onStepChange: (step) => example.dispatchEvent(new CustomEvent('trace-step-change', { detail: { step } })),
      onClose: () => {
        session.token++;
        session.recording?.stop();
        session.recording = null;
        example.dispatchEvent(new CustomEvent('trace-step-change', { detail: { step: null } }));
        example.querySelector<HTMLButtonElement>('button[data-action="step-through"]')?.focus();
      },
    }),
  };
  // Under the code, above the output: the panel is about the code.
  const code = example.querySelector('[data-editor]') ?? example.querySelector('[data-code]');
  if (code) code.after(session.panel.parts.root);
  else example.append(session.panel.parts.root);
  sessions.set(example, session);
  return session;
}

/** The example's recorded output (`.out.txt`), which the page shows under "Recorded output". */
function recordedOutput(example: HTMLElement): string | null {
  return example.querySelector('.recorded-output pre')?.textContent ?? null;
}
