/**
 * The few parts of engine262's internal records the recorder reads, typed structurally.
 * The engine's declarations type them as the spec does (with many more fields); these
 * narrow views keep the recorder's code readable and say exactly what it depends on.
 * Fields marked PATCH exist because of patches/@engine262+engine262+….patch.
 */
import type { ObjectValue, Value } from '@engine262/engine262';

export interface ParseNode {
  readonly type: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
  readonly parent?: ParseNode;
}

export interface CallSiteShape {
  readonly lastNode: ParseNode | null;
  readonly lastCallNode: ParseNode | null;
}

export interface FunctionShape extends ObjectValue {
  readonly ECMAScriptCode?: ParseNode & { readonly type: string };
  readonly nativeFunction?: { readonly name: string };
  readonly IsClassConstructor?: boolean;
  readonly InitialName?: string | Value;
}

export interface ContextShape {
  readonly Function: FunctionShape | Value;
  readonly ScriptOrModule: unknown;
  readonly VariableEnvironment: unknown;
  readonly callSite: CallSiteShape;
  readonly promiseCapability?: { readonly Promise: PromiseShape };
}

export interface PromiseShape extends ObjectValue {
  readonly PromiseState: 'pending' | 'fulfilled' | 'rejected';
  readonly PromiseResult: Value | undefined;
  readonly PromiseFulfillReactions: readonly ReactionShape[] | undefined;
  readonly PromiseRejectReactions: readonly ReactionShape[] | undefined;
}

export interface ReactionShape {
  readonly Capability: { readonly Promise: ObjectValue } | undefined;
  readonly Type: 'Fulfill' | 'Reject';
  readonly Handler: { readonly Callback: FunctionShape } | undefined;
}

/** A promise job closure; PATCH: it carries what it will run. */
export interface PromiseJobClosure {
  (): Generator<unknown, unknown, unknown>;
  readonly reaction?: ReactionShape;
  readonly argument?: Value;
  readonly promiseToResolve?: PromiseShape;
  readonly thenable?: ObjectValue;
  readonly then?: { readonly Callback: FunctionShape };
}

/** What the engine hands `jobQueue.enqueuePromiseJob`. */
export interface EngineJob {
  readonly queueName: string;
  readonly job: PromiseJobClosure;
  readonly callerRealm: unknown;
  readonly callerScriptOrModule: unknown;
}

/** PATCH: await continuations carry the suspended context under this registered symbol. */
export const ASYNC_CONTEXT = Symbol.for('engine262.kAsyncContext');
