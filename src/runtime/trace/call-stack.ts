/**
 * The program's call stack as the panel shows it, read from the engine's execution context
 * stack: only frames of the reader's code (the module's top level and its functions), no
 * engine job contexts, built-ins or prelude frames; an async function once, even while the
 * engine holds it twice (its suspended original and the resumed copy).
 */
import { isECMAScriptFunctionObject, NullValue } from '@engine262/engine262';
import type { ContextShape, FunctionShape, ParseNode } from './engine-shapes';
import type { JobLabeller } from './job-labels';
import type { TraceFrame, TraceLocation } from './trace-format';

export interface ProgramFrame {
  readonly context: ContextShape;
  readonly name: string;
  readonly node: ParseNode | null;
}

/** Innermost first. `current` is the node being evaluated in the innermost frame. */
export function programFrames(
  stack: readonly ContextShape[],
  programModule: unknown,
  labeller: JobLabeller,
  current: ParseNode | null,
): ProgramFrame[] {
  const frames: ProgramFrame[] = [];
  let lastFunction: unknown = null;
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const context = stack[index]!;
    if (context.ScriptOrModule !== programModule) continue;
    const fn = context.Function;
    let name: string;
    if (fn instanceof NullValue) {
      // A job's context also has no function; only the module's own has variables.
      if (context.VariableEnvironment === undefined) continue;
      name = '<module>';
    } else if (isECMAScriptFunctionObject(fn)) {
      name = labeller.functionName(fn as FunctionShape);
    } else {
      continue;
    }
    if (fn === lastFunction && fn instanceof NullValue === false && isAsyncCode(fn as FunctionShape)) continue;
    lastFunction = fn;
    const node = frames.length === 0 && current ? current : (context.callSite.lastCallNode ?? context.callSite.lastNode);
    frames.push({ context, name, node });
  }
  return frames;
}

function isAsyncCode(fn: FunctionShape): boolean {
  const type = fn.ECMAScriptCode?.type;
  return type === 'AsyncBody' || type === 'AsyncConciseBody' || type === 'AsyncGeneratorBody';
}

export function traceFrames(frames: readonly ProgramFrame[], locate: (node: ParseNode) => TraceLocation | null): TraceFrame[] {
  return frames.map((frame) => ({ name: frame.name, location: frame.node ? locate(frame.node) : null }));
}

/** `    at main (main.ts:12)` lines, as console.trace prints them. */
export function stackTraceLines(frames: readonly TraceFrame[]): string {
  return frames
    .map((frame) => {
      const where = frame.location ? `${frame.location.file}:${frame.location.line}` : '<unknown>';
      return frame.name === '<module>' ? `    at ${where}` : `    at ${frame.name} (${where})`;
    })
    .join('\n');
}
