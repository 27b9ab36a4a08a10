/**
 * Console capture for Awaitable: a `console` replacement for the Worker that
 * runs readers' code. Every method formats exactly as Node 24's `console` does
 * (see Node's `lib/internal/console/constructor.js`) and hands each printed
 * line to `emit`, without the trailing newline (a multi-line value stays one
 * entry with `\n` inside).
 *
 * Values are formatted with `node-inspect-extracted` (Node's own
 * `util.inspect`, extracted for browsers). No DOM and no Node imports: this
 * module runs in a browser Worker and under vitest in Node.
 *
 * Known differences from Node 24 (each one is asserted as such in
 * tests/unit/console-capture.test.ts, so a change is noticed):
 *
 * - Promise state is invisible to unprivileged JavaScript:
 *   `node-inspect-extracted` prints every Promise as `Promise { <pending> }`,
 *   where Node prints `Promise { 1 }` or `Promise { <rejected> Error: … }`.
 * - Proxies cannot be detected: Node's `%o` (showProxy) prints
 *   `Proxy [ target, handler ]`, we print the target as seen through the
 *   Proxy; Node inspects a Proxy's target without running traps, we run them,
 *   and if a trap throws the value prints as `[Uninspectable value: …]`
 *   (Node prints the target). A revoked Proxy at top level prints
 *   `<Revoked Proxy>` as in Node; nested in another value it makes the whole
 *   value uninspectable.
 * - Map/Set iterators cannot be peeked at without consuming them:
 *   `[Map Iterator] {  }` / `[Set Iterator] {  }` instead of their entries, and
 *   `console.table` of such an iterator prints an empty table.
 * - WeakMap/WeakSet contents are unreachable: with `showHidden` (`%o`,
 *   `console.dir(x, { showHidden: true })`) the package prints a bogus entry.
 * - An object whose prototype was replaced (e.g. a Map made null-prototype) is
 *   typed by its prototype chain, not by its internal slots.
 * - Where Node throws out of a console method, we never throw: a value whose
 *   formatting throws (a throwing `[util.inspect.custom]`, `%j` of a BigInt, a
 *   throwing `toString` under `%s`, …) prints `[Uninspectable value: <error>]`;
 *   a Symbol label of count/time is printed with `String()`; a non-array
 *   `properties` argument of `console.table` is ignored.
 * - Node emits its warnings (`countReset`/`timeEnd`/`timeLog` of an unknown
 *   label, `time` of an existing one) with `process.nextTick`; we defer them
 *   with `queueMicrotask` by default (configurable), so their position relative
 *   to promise callbacks can differ.
 * - `console.assert` writes at level `error` (Node routes it through
 *   `console.warn`; both go to stderr, so the printed text is identical).
 * - Stack traces (`console.trace`, errors) come from the current engine.
 * - `console.table` column widths use ICU's East Asian Width in Node; here it
 *   is approximated (Node's non-ICU table plus Emoji_Presentation), which
 *   agrees for ASCII, CJK, Hangul, emoji and combining marks.
 *
 * Performance: nothing here is quadratic, but `node-inspect-extracted` looks
 * at every index of an array or typed array even though only 100 are printed
 * (about 1 µs per element, so a 1e6-element array takes around a second).
 */
import { formatDuration, formatLogArguments, inspectValue, type InspectOptions } from './console-capture-format';
import { renderTable } from './console-capture-table';
import type { ConsoleLevel } from './protocol';

export { formatDuration, formatLogArguments, inspectValue, uninspectablePlaceholder } from './console-capture-format';
export { getStringWidth, renderTable } from './console-capture-table';
export type { InspectOptions } from './console-capture-format';

/** `log`, `info`, `debug` are Node's stdout; `warn`, `error` its stderr. */
export type { ConsoleLevel };

export interface ConsoleEntry {
  readonly level: ConsoleLevel;
  /** Exactly what Node prints for the call, group indentation included, without the trailing newline. */
  readonly text: string;
}

export interface ConsoleCaptureOptions {
  /** Process id shown in Node-style warnings, `(node:<pid>) Warning: …`. Default 1. */
  readonly pid?: number;
  /**
   * Runs a warning's output later; Node uses `process.nextTick`. Default
   * `queueMicrotask`. Pass `(task) => task()` to print warnings synchronously.
   */
  readonly deferWarning?: (task: () => void) => void;
}

/** The console object handed to readers' code. Methods are bound: `const { log } = console` works. */
export interface CapturedConsole {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  dir(item?: unknown, options?: unknown): void;
  time(label?: unknown): void;
  timeEnd(label?: unknown): void;
  timeLog(label?: unknown, ...data: unknown[]): void;
  trace(...data: unknown[]): void;
  assert(condition?: unknown, ...data: unknown[]): void;
  clear(): void;
  count(label?: unknown): void;
  countReset(label?: unknown): void;
  group(...data: unknown[]): void;
  groupEnd(): void;
  table(tabularData?: unknown, properties?: unknown): void;
  dirxml(...data: unknown[]): void;
  groupCollapsed(...data: unknown[]): void;
  /** Inspector-only in Node: no output. */
  profile(label?: unknown): void;
  /** Inspector-only in Node: no output. */
  profileEnd(label?: unknown): void;
  /** Inspector-only in Node: no output. */
  timeStamp(label?: unknown): void;
}

const GROUP_INDENTATION = '  ';

/** Node coerces labels with a template literal (which throws for a Symbol); we never throw. */
function labelText(label: unknown): string {
  try {
    return `${label as string}`;
  } catch {
    try {
      return String(label);
    } catch {
      return inspectValue(label);
    }
  }
}

type CaptureStackTrace = (target: object, constructorOpt?: (...args: never[]) => unknown) => void;

/**
 * The `    at …` lines of the current stack, without the frames of `skip` and
 * above it where the engine supports that (V8, recent JavaScriptCore and
 * SpiderMonkey). Other engines' `fn@url:line:col` lines are rewritten in V8's
 * style.
 */
function stackFrames(skip: (...args: never[]) => unknown): string {
  try {
    const holder: { stack?: unknown } = {};
    const capture = (Error as { captureStackTrace?: CaptureStackTrace }).captureStackTrace;
    if (typeof capture === 'function') {
      capture(holder, skip);
    } else {
      holder.stack = new Error().stack;
    }
    const stack = holder.stack;
    if (typeof stack !== 'string') {
      return '';
    }
    const lines = stack.split('\n');
    if (lines.some((line) => line.startsWith('    at '))) {
      // V8: drop the "Error" header.
      return lines.slice(lines.findIndex((line) => line.startsWith('    at '))).join('\n');
    }
    return lines
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const at = line.lastIndexOf('@');
        if (at === -1) {
          return `    at ${line.trim()}`;
        }
        const name = line.slice(0, at);
        const location = line.slice(at + 1);
        return name === '' ? `    at ${location}` : `    at ${name} (${location})`;
      })
      .join('\n');
  } catch {
    return '';
  }
}

/**
 * Builds a console object whose methods format like Node 24's and hand each
 * printed line to `emit`. `now` is a millisecond clock for `console.time`
 * (e.g. `() => performance.now()`).
 */
export function createConsoleCapture(
  emit: (entry: ConsoleEntry) => void,
  now: () => number,
  options: ConsoleCaptureOptions = {},
): CapturedConsole {
  const pid = options.pid ?? 1;
  const deferWarning = options.deferWarning ?? ((task: () => void) => queueMicrotask(task));
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  let groupIndentation = '';
  let warningHelpShown = false;

  /** Node's kWriteToConsole: indent every line of the entry by the group depth. */
  const write = (level: ConsoleLevel, text: string): void => {
    let out = text;
    if (groupIndentation.length !== 0) {
      if (out.includes('\n')) {
        out = out.replaceAll('\n', `\n${groupIndentation}`);
      }
      out = groupIndentation + out;
    }
    emit({ level, text: out });
  };

  const print = (level: ConsoleLevel, args: readonly unknown[]): void => {
    write(level, formatLogArguments(args));
  };

  /** Node's process.emitWarning + default 'warning' handler, written with console.error. */
  const emitWarning = (message: string): void => {
    deferWarning(() => {
      let text = `(node:${pid}) Warning: ${message}`;
      if (!warningHelpShown) {
        text += '\n(Use `node --trace-warnings ...` to show where the warning was created)';
        warningHelpShown = true;
      }
      write('warn', text);
    });
  };

  /** Node's group; groupCollapsed is the same function there. */
  const group = (data: readonly unknown[]): void => {
    if (data.length > 0) {
      print('log', data);
    }
    groupIndentation += GROUP_INDENTATION;
  };

  const logTime = (label: string, start: number, data: readonly unknown[]): void => {
    print('log', ['%s: %s', label, formatDuration(now() - start), ...data]);
  };

  const capture: CapturedConsole = {
    log(...data) {
      print('log', data);
    },
    info(...data) {
      print('info', data);
    },
    debug(...data) {
      print('debug', data);
    },
    warn(...data) {
      print('warn', data);
    },
    error(...data) {
      print('error', data);
    },
    dir(item, dirOptions) {
      let inspectOptions: InspectOptions;
      try {
        inspectOptions = { customInspect: false, ...(dirOptions as InspectOptions | undefined) };
      } catch {
        inspectOptions = { customInspect: false };
      }
      write('log', inspectValue(item, inspectOptions));
    },
    time(label = 'default') {
      const text = labelText(label);
      if (timers.has(text)) {
        emitWarning(`Label '${text}' already exists for console.time()`);
        return;
      }
      timers.set(text, now());
    },
    timeEnd(label = 'default') {
      const text = labelText(label);
      const start = timers.get(text);
      if (start === undefined) {
        emitWarning(`No such label '${text}' for console.timeEnd()`);
      } else {
        logTime(text, start, []);
      }
      timers.delete(text);
    },
    timeLog(label = 'default', ...data) {
      const text = labelText(label);
      const start = timers.get(text);
      if (start === undefined) {
        emitWarning(`No such label '${text}' for console.timeLog()`);
        return;
      }
      logTime(text, start, data);
    },
    trace: function trace(...data: unknown[]) {
      const message = formatLogArguments(data);
      const header = message === '' ? 'Trace' : `Trace: ${message}`;
      const frames = stackFrames(trace);
      write('error', frames === '' ? header : `${header}\n${frames}`);
    },
    assert(condition, ...data) {
      if (condition) {
        return;
      }
      if (data.length > 0 && typeof data[0] === 'string') {
        data[0] = `Assertion failed: ${data[0]}`;
      } else {
        data.unshift('Assertion failed');
      }
      print('error', data);
    },
    clear() {
      // Node only clears a TTY; a captured stream is not one.
    },
    count(label = 'default') {
      const text = labelText(label);
      const count = (counts.get(text) ?? 0) + 1;
      counts.set(text, count);
      print('log', [`${text}: ${count}`]);
    },
    countReset(label = 'default') {
      // Node looks the raw label up in a map keyed by strings (so a numeric
      // label is never found) and deletes the stringified one.
      if (!(counts as Map<unknown, number>).has(label)) {
        emitWarning(`Count for '${labelText(label)}' does not exist`);
        return;
      }
      counts.delete(labelText(label));
    },
    group(...data) {
      group(data);
    },
    groupEnd() {
      groupIndentation = groupIndentation.slice(0, groupIndentation.length - GROUP_INDENTATION.length);
    },
    table(tabularData, properties) {
      if (tabularData === null || typeof tabularData !== 'object') {
        print('log', [tabularData]);
        return;
      }
      const columns = Array.isArray(properties) ? (properties as PropertyKey[]) : undefined;
      let text: string;
      try {
        text = renderTable(tabularData, columns);
      } catch {
        text = formatLogArguments([tabularData]);
      }
      write('log', text);
    },
    dirxml(...data) {
      print('log', data);
    },
    groupCollapsed(...data) {
      group(data);
    },
    profile() {},
    profileEnd() {},
    timeStamp() {},
  };

  Object.defineProperty(capture, Symbol.toStringTag, {
    value: 'console',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return capture;
}
