/**
 * Names a promise by what made it, from the engine's execution context stack at the moment
 * it is created: "new Promise", "`.then()` promise", "`Promise.all()` promise",
 * "`fetchUser()` promise" (an async function's own), "promise for the awaited value" (the
 * promise `await` wraps a plain value in).
 */
import { isBuiltinFunctionObject, isECMAScriptFunctionObject, NullValue } from '@engine262/engine262';
import type { ContextShape, FunctionShape, ParseNode } from './engine-shapes';

export function promiseCreatorName(stack: readonly ContextShape[], functionName: (fn: FunctionShape) => string): string {
  // The innermost frames say which built-in or which function made it.
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const context = stack[index]!;
    const fn = context.Function;
    if (fn instanceof NullValue) break;
    if (isBuiltinFunctionObject(fn)) {
      const native = (fn as FunctionShape).nativeFunction?.name ?? '';
      if (native === 'PromiseConstructor') continue;
      return builtinPromiseName(native);
    }
    if (isAwaitingNow(context)) return 'promise for the awaited value';
    if (isECMAScriptFunctionObject(fn)) {
      const code = (fn as FunctionShape).ECMAScriptCode?.type;
      // An async function's promise is made as it starts, before it has a capability.
      if ((code === 'AsyncBody' || code === 'AsyncConciseBody') && !context.promiseCapability) return `\`${functionName(fn as FunctionShape)}()\` promise`;
      // An async generator awaits what it yields: the engine wraps the value in a promise.
      if (code === 'AsyncGeneratorBody') return `promise for a value \`${functionName(fn as FunctionShape)}\` awaits or yields`;
      return 'new Promise';
    }
  }
  return 'new Promise';
}

/** `await v` wraps a non-promise `v` in a new promise; the context's last node is then inside the await. */
function isAwaitingNow(context: ContextShape): boolean {
  let node: ParseNode | null | undefined = context.callSite?.lastNode;
  for (let hops = 0; node && hops < 3; hops += 1, node = node.parent) {
    if (node.type === 'AwaitExpression') return true;
  }
  return false;
}

/** `PromiseProto_then` → "`.then()` promise", `Promise_all` → "`Promise.all()` promise". */
function builtinPromiseName(native: string): string {
  const method = /^(?:\w+?)(?:Proto|Prototype)_(\w+)$/.exec(native)?.[1];
  if (method) return `\`.${method}()\` promise`;
  const combinator = /^Promise_(\w+)$/.exec(native)?.[1];
  if (combinator) return `\`Promise.${combinator}()\` promise`;
  if (native === 'defaultConstructor') return 'new Promise (of a subclass)';
  return native ? `promise made by ${native}` : 'new Promise';
}
