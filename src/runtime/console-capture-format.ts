/**
 * Node-compatible value formatting for the console capture: `util.inspect` and
 * `util.format` as Node 24 prints them, made safe against hostile values.
 *
 * `inspect` itself comes from `node-inspect-extracted` (Node's own
 * `lib/internal/util/inspect.js`, extracted for browsers). `util.format` is
 * ported here from Node 24's `formatWithOptionsInternal` instead of calling the
 * package's copy, so that every substituted or appended argument is formatted
 * (and, if it throws, replaced by a placeholder) on its own: one hostile
 * argument must not hide the others.
 *
 * No DOM and no Node imports: this runs in a browser Worker and under vitest.
 */
import { inspect, type InspectOptions } from 'node-inspect-extracted';

export type { InspectOptions };

/** Longest error description that goes into a placeholder. */
const MAX_FAILURE_DESCRIPTION = 200;

/**
 * Describes a value thrown while formatting, without running anything that
 * could throw again (the thrown value may itself be hostile).
 */
function describeFailure(error: unknown): string {
  try {
    let text: string;
    if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
      const name: unknown = Reflect.get(error, 'name');
      const message: unknown = Reflect.get(error, 'message');
      const nameText = typeof name === 'string' && name !== '' ? name : 'Error';
      text = typeof message === 'string' && message !== '' ? `${nameText}: ${message}` : nameText;
    } else {
      text = String(error);
    }
    return text.length > MAX_FAILURE_DESCRIPTION ? `${text.slice(0, MAX_FAILURE_DESCRIPTION)}...` : text;
  } catch {
    return 'unknown error';
  }
}

/**
 * The text shown instead of a value whose formatting threw. Node would either
 * print something else (it can see through Proxies) or let the error escape
 * from the console method; we never throw out of a console method.
 */
export function uninspectablePlaceholder(error: unknown): string {
  return `[Uninspectable value: ${describeFailure(error)}]`;
}

/**
 * `Array.isArray` throws for a revoked Proxy (and only then), without running
 * any trap, in every engine. Node prints such a value as `<Revoked Proxy>`.
 */
function isRevokedProxy(value: unknown): boolean {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') {
    return false;
  }
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * `util.inspect(value, options)` as Node 24 prints it (default options when
 * `options` is omitted). Never throws: a value that cannot be inspected becomes
 * `[Uninspectable value: <error>]`.
 */
export function inspectValue(value: unknown, options?: InspectOptions): string {
  if (isRevokedProxy(value)) {
    return '<Revoked Proxy>';
  }
  try {
    return options === undefined ? inspect(value) : inspect(value, options);
  } catch (error) {
    return uninspectablePlaceholder(error);
  }
}

// ---------------------------------------------------------------------------
// util.format (port of Node 24 lib/internal/util/inspect.js
// formatWithOptionsInternal, with default inspect options and no colors).
// ---------------------------------------------------------------------------

function formatNumber(value: number): string {
  // String(-0) is '0'; Node prints '-0'.
  return Object.is(value, -0) ? '-0' : `${value}`;
}

function formatBigInt(value: bigint): string {
  return `${value}n`;
}

let builtInObjects: ReadonlySet<string> | undefined;

/** Node: names of the global object's own properties that look like constructors. */
function getBuiltInObjects(): ReadonlySet<string> {
  builtInObjects ??= new Set(
    Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
  );
  return builtInObjects;
}

const hasOwn = (target: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(target, key);
const returnFalse = (): boolean => false;

/**
 * Node's `hasBuiltInToString`: `%s` inspects objects whose `toString` /
 * `Symbol.toPrimitive` come from a built-in, and calls `String()` on the rest.
 * Node looks at a Proxy's target; a browser cannot, so traps may run here (the
 * caller catches).
 */
function hasBuiltInToString(value: object): boolean {
  const record = value as { toString?: unknown; [Symbol.toPrimitive]?: unknown };
  let hasOwnToString = hasOwn;
  let hasOwnToPrimitive = hasOwn;

  if (typeof record.toString !== 'function') {
    if (typeof record[Symbol.toPrimitive] !== 'function') {
      return true;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    hasOwnToString = returnFalse;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof record[Symbol.toPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }

  let pointer: object | null = value;
  do {
    pointer = Object.getPrototypeOf(pointer) as object | null;
    // Only reachable when a Proxy trap invented the method (Node would have
    // looked at the target instead): treat it as built-in and inspect.
    if (pointer === null) {
      return true;
    }
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, Symbol.toPrimitive));

  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return (
    descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    getBuiltInObjects().has((descriptor.value as { name: string }).name)
  );
}

let circularErrorMessage: string | undefined;

const firstErrorLine = (error: unknown): string => {
  const message: unknown = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? (message.split('\n', 1)[0] ?? '') : '';
};

/** `%j`: JSON, with `[Circular]` for a circular structure, as Node. */
function tryStringify(value: unknown): string {
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols;
    // Node then concatenates it, printing 'undefined'.
    return `${JSON.stringify(value) as string | undefined}`;
  } catch (error) {
    if (circularErrorMessage === undefined) {
      try {
        const circular: Record<string, unknown> = {};
        circular['a'] = circular;
        JSON.stringify(circular);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (error instanceof TypeError && firstErrorLine(error) === circularErrorMessage) {
      return '[Circular]';
    }
    throw error;
  }
}

/** Formats the argument of one format specifier (the character code after '%'). */
function formatSpecifier(code: number, value: unknown): string {
  switch (code) {
    case 115: // 's'
      if (typeof value === 'number') {
        return formatNumber(value);
      }
      if (typeof value === 'bigint') {
        return formatBigInt(value);
      }
      if (typeof value === 'object' && isRevokedProxy(value)) {
        // Node: a revoked Proxy counts as having a built-in toString.
        return '<Revoked Proxy>';
      }
      if (typeof value !== 'object' || value === null || !hasBuiltInToString(value)) {
        return String(value);
      }
      return inspectValue(value, { compact: 3, colors: false, depth: 0 });
    case 106: // 'j'
      return tryStringify(value);
    case 100: // 'd'
      if (typeof value === 'bigint') {
        return formatBigInt(value);
      }
      if (typeof value === 'symbol') {
        return 'NaN';
      }
      return formatNumber(Number(value));
    case 79: // 'O'
      return inspectValue(value, {});
    case 111: // 'o'
      return inspectValue(value, { showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof value === 'bigint') {
        return formatBigInt(value);
      }
      if (typeof value === 'symbol') {
        return 'NaN';
      }
      return formatNumber(Number.parseInt(value as string));
    case 102: // 'f'
      if (typeof value === 'symbol') {
        return 'NaN';
      }
      return formatNumber(Number.parseFloat(value as string));
    default:
      return '';
  }
}

/** Whether `%` followed by this character code consumes an argument. */
function isSpecifier(code: number): boolean {
  // s j d O o i f c
  return (
    code === 115 || code === 106 || code === 100 || code === 79 || code === 111 || code === 105 || code === 102 || code === 99
  );
}

/**
 * `util.format(...args)` exactly as Node 24's `console.log(...args)` formats its
 * arguments (no colors): format specifiers `%s %d %i %f %j %o %O %c %%` in a
 * first string argument, remaining arguments joined by a space, strings raw,
 * everything else through `inspect`. Never throws: an argument whose formatting
 * throws (Node would throw out of `console.log` for, e.g., `%j` of a BigInt or
 * a throwing `toString` under `%s`) becomes a placeholder.
 */
export function formatLogArguments(args: readonly unknown[]): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) {
        // '%'
        continue;
      }
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          // '%%'
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!isSpecifier(nextChar)) {
          continue;
        }
        const value = args[++a];
        let tempStr: string;
        if (nextChar === 99) {
          // '%c': CSS is dropped.
          tempStr = '';
        } else {
          try {
            tempStr = formatSpecifier(nextChar, value);
          } catch (error) {
            tempStr = uninspectablePlaceholder(error);
          }
        }
        if (lastPos !== i - 1) {
          str += first.slice(lastPos, i - 1);
        }
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value === 'string' ? value : inspectValue(value);
    join = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// console.time durations (port of Node 24 lib/internal/util/debuglog.js).
// ---------------------------------------------------------------------------

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const pad = (value: number | string): string => `${value}`.padStart(2, '0');

/**
 * Node's `formatTime(ms)` for `console.timeEnd` / `console.timeLog`:
 * `1.234ms`, `1.005s`, `1:02.500 (m:ss.mmm)`, `1:02:03.000 (h:mm:ss.mmm)`.
 */
export function formatDuration(milliseconds: number): string {
  let ms = milliseconds;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= SECOND) {
    if (ms >= MINUTE) {
      if (ms >= HOUR) {
        hours = Math.floor(ms / HOUR);
        ms = ms % HOUR;
      }
      minutes = Math.floor(ms / MINUTE);
      ms = ms % MINUTE;
    }
    seconds = ms / SECOND;
  }

  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds = '', fraction = ''] = seconds.toFixed(3).split('.', 2);
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${res}:${pad(wholeSeconds)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) {
    return `${seconds.toFixed(3)}s`;
  }

  return `${Number(ms.toFixed(3))}ms`;
}
