/**
 * Names what a queued job will do, as the panel lists it: "then callback, line 12",
 * "resume `main` after await, line 8", "resolve thenable, line 5". Labels are made when a
 * job is queued (the engine's job closures carry their reaction or thenable, thanks to the
 * patch), from the callback's own source position.
 */
import { CallSite, isBuiltinFunctionObject, isECMAScriptFunctionObject, NullValue } from '@engine262/engine262';
import { ASYNC_CONTEXT, type ContextShape, type FunctionShape, type ParseNode, type PromiseJobClosure, type ReactionShape } from './engine-shapes';
import type { TraceLocation } from './trace-format';

export interface LabelledPlace {
  readonly label: string;
  readonly location: TraceLocation | null;
}

export interface JobLabeller {
  /** What a promise job (reaction or thenable resolution) will do. `here` is where the program is now. */
  promiseJob(job: PromiseJobClosure, here: TraceLocation | null): LabelledPlace;
  /** What a reaction waiting on a pending promise will do once it settles. */
  reaction(reaction: ReactionShape): LabelledPlace;
  /** A function's name as the stack shows it. */
  functionName(fn: FunctionShape): string;
  /** Where a function is written. */
  functionLocation(fn: FunctionShape): TraceLocation | null;
}

export function createJobLabeller(
  locate: (node: ParseNode) => TraceLocation | null,
  describe: (location: TraceLocation | null) => string,
  /** Whether a function is the reader's (not the recorder's Web APIs written in JavaScript). */
  isProgramFunction: (fn: FunctionShape) => boolean,
): JobLabeller {
  const withPlace = (what: string, location: TraceLocation | null): LabelledPlace => ({
    label: location ? `${what}, ${describe(location)}` : what,
    location,
  });

  const functionName = (fn: FunctionShape): string => {
    const name = CallSite.getFunctionName(fn as never);
    return name && name !== '' ? name : '<anonymous>';
  };

  const functionLocation = (fn: FunctionShape): TraceLocation | null =>
    isECMAScriptFunctionObject(fn) && fn.ECMAScriptCode ? locate(fn.ECMAScriptCode) : null;

  const reaction = (record: ReactionShape): LabelledPlace => {
    const callback = record.Handler?.Callback;
    if (!callback) {
      // A `.then()` without a handler for this outcome passes it on to the derived promise.
      return { label: record.Type === 'Fulfill' ? 'pass the value on to the next promise' : 'pass the rejection on to the next promise', location: null };
    }
    const asyncContext = (callback as unknown as Record<symbol, ContextShape | undefined>)[ASYNC_CONTEXT];
    if (asyncContext) return resumption(asyncContext, record.Type);
    if (isECMAScriptFunctionObject(callback) && !isProgramFunction(callback)) {
      return { label: 'a step inside a Web API (streams, events)', location: null };
    }
    if (isECMAScriptFunctionObject(callback)) {
      const kind = record.Type === 'Fulfill' ? 'then callback' : 'catch callback';
      const name = CallSite.getFunctionName(callback as never);
      return withPlace(name ? `${kind} \`${name}\`` : kind, functionLocation(callback));
    }
    return builtinReaction(callback, record.Type);
  };

  const resumption = (context: ContextShape, type: 'Fulfill' | 'Reject'): LabelledPlace => {
    const where = context.callSite.lastNode ? locate(context.callSite.lastNode) : null;
    const outcome = type === 'Reject' ? ' (it throws there)' : '';
    if (context.Function instanceof NullValue || !context.Function) {
      return withPlace(`resume the module after top-level await${outcome}`, where);
    }
    const fn = context.Function as FunctionShape;
    const codeType = fn.ECMAScriptCode?.type;
    if (codeType === 'AsyncGeneratorBody') {
      const after = insideYield(context.callSite.lastNode) ? 'yield' : 'await';
      return withPlace(`async generator resumption: \`${functionName(fn)}\` continues after ${after}${outcome}`, where);
    }
    return withPlace(`resume \`${functionName(fn)}\` after await${outcome}`, where);
  };

  const builtinReaction = (callback: FunctionShape, type: 'Fulfill' | 'Reject'): LabelledPlace => {
    const native = isBuiltinFunctionObject(callback) ? (callback.nativeFunction?.name ?? '') : '';
    if ('Module' in callback) {
      return { label: type === 'Fulfill' ? "the module's top-level await is done: the module finishes evaluating" : 'the module failed: its evaluation ends', location: null };
    }
    // AsyncGeneratorAwaitReturn's closures: the only await continuations without a suspended context.
    if (native === 'fulfilledClosure' || native === 'rejectedClosure') return { label: 'async generator resumption: finish its return', location: null };
    if (/thenFinally|catchFinally|Finally/i.test(native)) return { label: 'finally callback', location: null };
    // The closures Promise.prototype.finally chains after its callback's promise.
    if (native === 'returnValue') return { label: 'after finally: pass the original value on', location: null };
    if (native === 'throwReason') return { label: 'after finally: pass the original rejection on', location: null };
    if (native === 'unwrap') return { label: "for await over a sync iterable: unwrap the value", location: null };
    // Promise.all's element functions are named `fulfilled` in the engine; allSettled's and any's name themselves.
    if (native === 'fulfilled' || /ResolveElement|RejectElement|AllSettled|AnyReject/i.test(native)) {
      return { label: 'combinator element settled (Promise.all/allSettled/any)', location: null };
    }
    if (/AsyncFromSyncIterator/i.test(native)) return { label: 'for await: unwrap the sync iterator\'s value', location: null };
    if (/AsyncGenerator/i.test(native)) return { label: 'async generator resumption', location: null };
    if (/Resolve|Reject/.test(native)) return { label: type === 'Fulfill' ? 'resolve the promise that adopted this one' : 'reject the promise that adopted this one', location: null };
    return { label: native ? `built-in step (${native})` : 'built-in step', location: null };
  };

  const promiseJob = (job: PromiseJobClosure, here: TraceLocation | null): LabelledPlace => {
    if (job.reaction) return reaction(job.reaction);
    if (job.thenable && job.then) {
      const then = job.then.Callback;
      if (isBuiltinFunctionObject(then) && /PromiseProto_then/.test(then.nativeFunction?.name ?? '')) {
        return withPlace('adopt the state of a resolved-with promise (one extra tick)', here);
      }
      return withPlace('resolve thenable: call its then method', here);
    }
    return withPlace('promise job', here);
  };

  return { promiseJob, reaction, functionName, functionLocation };
}

/** Whether the node an async generator stopped at is (inside) a `yield`. */
function insideYield(node: ParseNode | null): boolean {
  for (let current: ParseNode | null | undefined = node, hops = 0; current && hops < 3; current = current.parent, hops += 1) {
    if (current.type === 'YieldExpression') return true;
  }
  return false;
}
