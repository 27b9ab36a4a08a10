/**
 * The host functions the program sees as globals inside the engine: console, timers,
 * queueMicrotask, performance.now, and the private `host` object the realm prelude
 * (realm-prelude.ts) builds the Web APIs on. Each is a built-in function of the realm whose
 * behaviour is ordinary JavaScript here, calling into the recording session.
 */
import {
  CreateBuiltinFunction,
  CreateDataProperty,
  IsCallable,
  ObjectValue,
  OrdinaryObjectCreate,
  skipDebugger,
  Throw,
  Value,
  type ManagedRealm,
} from '@engine262/engine262';
import { createConsoleCapture, formatLogArguments } from '../console-capture';
import type { ConsoleLevel } from '../protocol';
import type { GuestValueCopier } from './guest-values';

/** What the globals need from the recording session. */
export interface HostServices {
  readonly realm: ManagedRealm;
  readonly copier: GuestValueCopier;
  print(level: ConsoleLevel, text: string): void;
  setTimer(callback: Value, delayMs: number, repeat: boolean, args: readonly Value[], keepsAlive: boolean): number;
  clearTimer(id: number): void;
  queueMicrotask(callback: Value): void;
  postTask(callback: Value): void;
  setPortActive(id: number, active: boolean): void;
  /** The virtual clock in ms since the program started, as the program reads it. */
  readClock(): number;
  reportError(value: Value): void;
  /** `    at f (main.ts:3:5)` lines for the program's current call stack, innermost first. */
  stackLines(): string;
}

type Behaviour = (args: readonly Value[], thisValue: Value) => unknown;

function builtin(name: string, length: number, behaviour: Behaviour): ObjectValue {
  return CreateBuiltinFunction(
    function* native(args: Value[], { thisValue }: { thisValue: Value }) {
      const result = behaviour(args, thisValue);
      return result === undefined ? Value.undefined : result;
    } as never,
    length,
    Value(name),
    [],
  ) as ObjectValue;
}

function defineGlobal(target: ObjectValue, name: string, value: Value): void {
  skipDebugger(CreateDataProperty(target, Value(name), value) as never);
}

function numberOf(value: Value | undefined, copier: GuestValueCopier): number {
  const primitive = value === undefined ? undefined : copier.primitive(value);
  return typeof primitive === 'number' ? primitive : Number(primitive ?? 0);
}

/** Installs the globals on the realm's global object; returns the private `host` object for the prelude. */
export function installHostGlobals(services: HostServices): ObjectValue {
  const { realm, copier } = services;
  const global = realm.GlobalObject as ObjectValue;
  const objectPrototype = realm.Intrinsics['%Object.prototype%'] as ObjectValue;

  installConsole(services, global, objectPrototype);

  const timerFunction = (name: string, repeat: boolean) =>
    builtin(name, 2, (args) => {
      const [callback, delay, ...rest] = args;
      if (!callback || !IsCallable(callback)) {
        return Throw.TypeError('The "callback" argument must be of type function. Received $1', callback ?? Value.undefined);
      }
      return Value(services.setTimer(callback, numberOf(delay, copier), repeat, rest, true));
    });
  const clearFunction = (name: string) =>
    builtin(name, 1, ([id]) => {
      const primitive = id === undefined ? undefined : copier.primitive(id);
      if (typeof primitive === 'number') services.clearTimer(primitive);
      return undefined;
    });
  defineGlobal(global, 'setTimeout', timerFunction('setTimeout', false));
  defineGlobal(global, 'setInterval', timerFunction('setInterval', true));
  defineGlobal(global, 'clearTimeout', clearFunction('clearTimeout'));
  defineGlobal(global, 'clearInterval', clearFunction('clearInterval'));
  defineGlobal(
    global,
    'queueMicrotask',
    builtin('queueMicrotask', 1, ([callback]) => {
      if (!callback || !IsCallable(callback)) {
        return Throw.TypeError('The "callback" argument must be of type function. Received $1', callback ?? Value.undefined);
      }
      services.queueMicrotask(callback);
      return undefined;
    }),
  );

  const performance = OrdinaryObjectCreate(objectPrototype) as ObjectValue;
  defineGlobal(performance, 'now', builtin('now', 0, () => Value(services.readClock())));
  defineGlobal(performance, 'timeOrigin', Value(0));
  defineGlobal(global, 'performance', performance);

  const host = OrdinaryObjectCreate(objectPrototype) as ObjectValue;
  defineGlobal(host, 'now', builtin('now', 0, () => Value(services.readClock())));
  defineGlobal(
    host,
    'setTimer',
    builtin('setTimer', 4, ([callback, delay, repeat, keepsAlive]) =>
      Value(services.setTimer(callback ?? Value.undefined, numberOf(delay, copier), repeat === Value.true, [], keepsAlive === Value.true)),
    ),
  );
  defineGlobal(
    host,
    'postTask',
    builtin('postTask', 1, ([callback]) => {
      services.postTask(callback ?? Value.undefined);
      return undefined;
    }),
  );
  defineGlobal(
    host,
    'setPortActive',
    builtin('setPortActive', 2, ([id, active]) => {
      services.setPortActive(numberOf(id, copier), active === Value.true);
      return undefined;
    }),
  );
  defineGlobal(
    host,
    'reportError',
    builtin('reportError', 1, ([error]) => {
      services.reportError(error ?? Value.undefined);
      return undefined;
    }),
  );
  defineGlobal(
    host,
    'describe',
    builtin('describe', 1, ([value]) => Value(formatLogArguments([copier.copy(value ?? Value.undefined)]))),
  );
  return host;
}

/** Console methods that print: their arguments are copied out and formatted as in a plain Run. */
const CONSOLE_METHODS = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed', 'profile', 'profileEnd', 'timeStamp',
] as const;

function installConsole(services: HostServices, global: ObjectValue, objectPrototype: ObjectValue): void {
  const capture = createConsoleCapture((entry) => services.print(entry.level, entry.text), () => services.readClock(), {
    // Node prints its console warnings on the next tick; here they print at once.
    deferWarning: (task) => task(),
  }) as unknown as Record<string, (...args: unknown[]) => void>;
  const consoleObject = OrdinaryObjectCreate(objectPrototype) as ObjectValue;
  for (const name of CONSOLE_METHODS) {
    const method = capture[name];
    if (!method) continue;
    defineGlobal(
      consoleObject,
      name,
      builtin(name, 0, (args) => {
        method(...args.map((arg) => services.copier.copy(arg)));
        return undefined;
      }),
    );
  }
  defineGlobal(
    consoleObject,
    'trace',
    builtin('trace', 0, (args) => {
      const message = formatLogArguments(args.map((arg) => services.copier.copy(arg)));
      const header = message === '' ? 'Trace' : `Trace: ${message}`;
      const frames = services.stackLines();
      services.print('error', frames === '' ? header : `${header}\n${frames}`);
      return undefined;
    }),
  );
  defineGlobal(global, 'console', consoleObject);
}
