/**
 * The public entry of the trace recorder: records a compiled program's whole execution in
 * the spec-exact engine (engine262), step by step, under a budget. Synchronous: it is meant
 * to run in a killable worker (or in Node for tests). `onChunk` receives the steps and
 * output as they are recorded (new ones since the previous chunk): the first FIRST_CHUNK_STEPS
 * steps as soon as they exist (or what there is after FIRST_CHUNK_AFTER_MS), then every CHUNK_STEPS steps, and the rest at the end; the
 * returned result always holds everything.
 */
import type { CompiledProgram, OutputEntry, OutputLimits } from '../protocol';
import { DEFAULT_TRACE_BUDGET, type TraceBudget, type TraceStep } from './trace-format';
import { BudgetExceeded, EngineFailure, TraceSession } from './trace-session';

export interface TraceChunk {
  readonly steps: TraceStep[];
  readonly output: OutputEntry[];
}

export interface RecordTraceOptions {
  readonly budget?: TraceBudget;
  /** The output cap of a plain Run (default: the runner's 1,000 entries of 10,000 characters). */
  readonly limits?: OutputLimits;
  readonly onChunk?: (chunk: TraceChunk) => void;
}

export interface TraceResult {
  readonly status: 'complete' | 'truncated' | 'failed';
  readonly reason: string | null;
  readonly steps: TraceStep[];
  readonly output: OutputEntry[];
}

const FIRST_CHUNK_STEPS = 50;
/** A slow program sends the steps it has by then, so the panel can show something. */
const FIRST_CHUNK_AFTER_MS = 250;
const CHUNK_STEPS = 500;
/** The same cap as a plain Run's (runner.ts DEFAULT_OUTPUT_LIMITS). */
const DEFAULT_LIMITS: OutputLimits = { maxEntries: 1000, maxEntryLength: 10_000 };

export function recordTrace(program: CompiledProgram, options: RecordTraceOptions): TraceResult {
  const budget = options.budget ?? DEFAULT_TRACE_BUDGET;
  const limits = options.limits ?? DEFAULT_LIMITS;
  let sentSteps = 0;
  let sentOutput = 0;
  let session: TraceSession | null = null;
  const flush = () => {
    if (!options.onChunk || !session) return;
    const steps = session.steps.slice(sentSteps);
    const output = session.log.entries.slice(sentOutput);
    if (steps.length === 0 && output.length === 0) return;
    sentSteps = session.steps.length;
    sentOutput = session.log.entries.length;
    options.onChunk({ steps, output });
  };
  const startedAt = performance.now();
  const onStep = () => {
    const count = session?.steps.length ?? 0;
    const firstDue = sentSteps === 0 && (count >= FIRST_CHUNK_STEPS || performance.now() - startedAt > FIRST_CHUNK_AFTER_MS);
    if (firstDue || count - sentSteps >= CHUNK_STEPS) flush();
  };

  let status: TraceResult['status'] = 'complete';
  let reason: string | null = null;
  try {
    session = new TraceSession(program, { budget, limits, onStep });
    session.run();
    if (session.moduleStillWaiting) {
      session.log.printSystem(
        'The program ended while its top-level await was still waiting: nothing was left that could ' +
          'settle the promise it awaited. (Node ends such a program the same way, with exit code 13.)',
      );
    }
    session.recordFinalStep(session.endNote);
  } catch (error) {
    if (error instanceof BudgetExceeded) {
      status = 'truncated';
      reason = error.reason;
    } else if (error instanceof EngineFailure) {
      status = 'failed';
      reason = error.message;
    } else if ((error as { engine262StringTooLong?: boolean } | null)?.engine262StringTooLong) {
      status = 'truncated';
      reason = 'The recording stopped: the program built a string too long to record.';
    } else if (error instanceof RangeError && /call stack/i.test(error.message)) {
      status = 'truncated';
      reason = 'The recording stopped: the program nested calls deeper than the recorder can follow.';
    } else {
      status = 'failed';
      reason = `The engine failed while recording: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (!session) return { status, reason, steps: [], output: [] };
  session.log.close();
  flush();
  return { status, reason, steps: session.steps, output: session.log.entries };
}
