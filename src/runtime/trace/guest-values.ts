/**
 * Copies values out of the engine into real JavaScript values, so the one console formatter
 * of a plain Run (node-inspect-extracted, Node's `util.inspect`) prints them: objects with
 * their property order, arrays with holes, Maps, Sets, class instances under their class's
 * name, Errors with name, message and stack, functions and classes with their names, getters
 * as `[Getter]`, cycles as cycles.
 *
 * Reading never runs the program's code: own properties are read from the object's slots
 * (getters are copied as getters that are never called, Proxies are read through to their
 * target), so formatting cannot change what the program does or loop forever.
 */
import {
  isArrayExoticObject,
  isBuiltinFunctionObject,
  isECMAScriptFunctionObject,
  isFunctionObject,
  isProxyExoticObject,
  ObjectValue,
  OrdinaryGetOwnProperty,
  OrdinaryOwnPropertyKeys,
  JSStringValue,
  NumberValue,
  BigIntValue,
  BooleanValue,
  SymbolValue,
  NullValue,
  UndefinedValue,
  Value,
  wellKnownSymbols,
  type ManagedRealm,
} from '@engine262/engine262';

/** Deeper than any default console formatting looks (`%o` goes to depth 4). */
const MAX_COPY_DEPTH = 8;
/** Elements of one array copied; the rest are left as holes past this many. */
const MAX_ARRAY_ELEMENTS = 10_000;
/** Objects copied for one value; beyond this, further objects print as their class only. */
const MAX_OBJECTS = 20_000;

const INSPECT_CUSTOM = Symbol.for('nodejs.util.inspect.custom');

/** The real prototypes standing in for the engine's intrinsic ones. */
const INTRINSIC_PROTOTYPES: Record<string, object> = {
  '%Object.prototype%': Object.prototype,
  '%Array.prototype%': Array.prototype,
  '%Function.prototype%': Function.prototype,
  '%Error.prototype%': Error.prototype,
  '%TypeError.prototype%': TypeError.prototype,
  '%RangeError.prototype%': RangeError.prototype,
  '%SyntaxError.prototype%': SyntaxError.prototype,
  '%ReferenceError.prototype%': ReferenceError.prototype,
  '%EvalError.prototype%': EvalError.prototype,
  '%URIError.prototype%': URIError.prototype,
  '%AggregateError.prototype%': AggregateError.prototype,
  '%Map.prototype%': Map.prototype,
  '%Set.prototype%': Set.prototype,
  '%WeakMap.prototype%': WeakMap.prototype,
  '%WeakSet.prototype%': WeakSet.prototype,
  '%Date.prototype%': Date.prototype,
  '%RegExp.prototype%': RegExp.prototype,
  '%Number.prototype%': Number.prototype,
  '%String.prototype%': String.prototype,
  '%Boolean.prototype%': Boolean.prototype,
  '%Symbol.prototype%': Symbol.prototype,
  '%BigInt.prototype%': BigInt.prototype,
  '%ArrayBuffer.prototype%': ArrayBuffer.prototype,
  '%Uint8Array.prototype%': Uint8Array.prototype,
  '%Int8Array.prototype%': Int8Array.prototype,
  '%Uint16Array.prototype%': Uint16Array.prototype,
  '%Int16Array.prototype%': Int16Array.prototype,
  '%Uint32Array.prototype%': Uint32Array.prototype,
  '%Int32Array.prototype%': Int32Array.prototype,
  '%Float32Array.prototype%': Float32Array.prototype,
  '%Float64Array.prototype%': Float64Array.prototype,
  '%Uint8ClampedArray.prototype%': Uint8ClampedArray.prototype,
};

const TYPED_ARRAYS: Record<string, new (values: number[]) => unknown> = {
  Uint8Array,
  Int8Array,
  Uint16Array,
  Int16Array,
  Uint32Array,
  Int32Array,
  Float32Array,
  Float64Array,
  Uint8ClampedArray,
};

const ERROR_CONSTRUCTORS: Record<string, ErrorConstructor> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

/** Engine objects carry their internal slots as plain fields. */
type Slots = ObjectValue & Record<string, unknown>;

export interface GuestValueCopier {
  /** A real value that prints as the engine's value would under Node. */
  copy(value: Value): unknown;
  /** Copies a guest string, number or other primitive; objects become null. */
  primitive(value: Value): string | number | bigint | boolean | symbol | null | undefined;
  /** A data property's value, read without running getters (undefined if absent or an accessor). */
  readData(object: ObjectValue, key: string): Value | undefined;
}

/** `mapStack` rewrites an engine stack trace (compiled positions) to the reader's TypeScript. */
export function createGuestValueCopier(realm: ManagedRealm, mapStack: (stack: string) => string): GuestValueCopier {
  const prototypes = new Map<ObjectValue, object | null>();
  for (const [name, real] of Object.entries(INTRINSIC_PROTOTYPES)) {
    const intrinsic = realm.Intrinsics[name as keyof typeof realm.Intrinsics] as ObjectValue | undefined;
    if (intrinsic) prototypes.set(intrinsic, real);
  }
  const symbols = new Map<SymbolValue, symbol>();
  /** Real objects already serving as some guest prototype's mirror. */
  const mirrors = new WeakSet<object>();

  function primitive(value: Value): string | number | bigint | boolean | symbol | null | undefined {
    if (value instanceof JSStringValue) return value.stringValue();
    if (value instanceof NumberValue) return value.numberValue();
    if (value instanceof BooleanValue) return value === Value.true;
    if (value instanceof UndefinedValue) return undefined;
    if (value instanceof NullValue) return null;
    if (value instanceof BigIntValue) return value.bigintValue();
    if (value instanceof SymbolValue) return realSymbol(value);
    return null;
  }

  function realSymbol(value: SymbolValue): symbol {
    let symbol = symbols.get(value);
    if (!symbol) {
      const raw = (value as unknown as { Description: unknown }).Description;
      const description = raw instanceof JSStringValue ? raw.stringValue() : typeof raw === 'string' ? raw : undefined;
      symbol = wellKnownSymbol(description) ?? Symbol(description);
      symbols.set(value, symbol);
    }
    return symbol;
  }

  function readData(object: ObjectValue, key: string): Value | undefined {
    let current: ObjectValue | null = object;
    for (let hops = 0; current && hops < 100; hops += 1) {
      const descriptor = ownDescriptor(current, key);
      if (descriptor) return 'Value' in descriptor && descriptor.Value ? (descriptor.Value as Value) : undefined;
      const parent: unknown = (current as Slots)['Prototype'];
      current = parent instanceof ObjectValue ? parent : null;
    }
    return undefined;
  }

  function copy(value: Value): unknown {
    const copies = new Map<ObjectValue, unknown>();
    let objects = 0;

    const copyValue = (guest: Value, depth: number): unknown => {
      if (!(guest instanceof ObjectValue)) return primitive(guest);
      const existing = copies.get(guest);
      if (existing !== undefined) return existing;
      objects += 1;
      return copyObject(guest as Slots, depth, objects > MAX_OBJECTS || depth > MAX_COPY_DEPTH);
    };

    const copyObject = (guest: Slots, depth: number, shallow: boolean): unknown => {
      if (isProxyExoticObject(guest)) {
        const target = guest['ProxyTarget'];
        return target instanceof ObjectValue ? copyValue(target, depth) : {};
      }
      const real = createShell(guest);
      copies.set(guest, real);
      if (!shallow) fillShell(guest, real, depth);
      return real;
    };

    /** An empty real value of the right kind and prototype. */
    const createShell = (guest: Slots): object => {
      const prototype = mirrorPrototype(guest['Prototype']);
      let shell: object;
      if (isFunctionObject(guest)) {
        shell = functionShell(guest);
      } else if (isArrayExoticObject(guest)) {
        shell = [];
      } else if ('ErrorData' in guest) {
        shell = errorShell(guest);
      } else if ('MapData' in guest) {
        shell = new Map();
      } else if ('SetData' in guest) {
        shell = new Set();
      } else if ('WeakMapData' in guest) {
        shell = new WeakMap();
      } else if ('WeakSetData' in guest) {
        shell = new WeakSet();
      } else if ('DateValue' in guest) {
        shell = new Date(typeof guest['DateValue'] === 'number' ? guest['DateValue'] : primitive(guest['DateValue'] as Value) as number);
      } else if ('OriginalSource' in guest) {
        shell = regExpShell(guest);
      } else if ('PromiseState' in guest) {
        shell = promiseShell(guest);
      } else if ('TypedArrayName' in guest) {
        shell = typedArrayShell(guest);
      } else if ('NumberData' in guest || 'StringData' in guest || 'BooleanData' in guest || 'BigIntData' in guest || 'SymbolData' in guest) {
        const data = (guest['NumberData'] ?? guest['StringData'] ?? guest['BooleanData'] ?? guest['BigIntData'] ?? guest['SymbolData']) as Value;
        shell = Object(primitive(data)) as object;
      } else {
        shell = {};
      }
      if (Object.getPrototypeOf(shell) !== prototype && !isFunctionObject(guest)) {
        try {
          Object.setPrototypeOf(shell, prototype);
        } catch {
          // A frozen or exotic shell keeps its own prototype.
        }
      }
      return shell;
    };

    const fillShell = (guest: Slots, real: object, depth: number): void => {
      if (real instanceof Map && 'MapData' in guest) {
        for (const entry of guest['MapData'] as { Key?: Value; Value?: Value }[]) {
          if (entry.Key !== undefined) real.set(copyValue(entry.Key, depth + 1), copyValue(entry.Value as Value, depth + 1));
        }
      } else if (real instanceof Set && 'SetData' in guest) {
        for (const element of guest['SetData'] as (Value | undefined)[]) {
          if (element !== undefined) real.add(copyValue(element, depth + 1));
        }
      }
      const isArray = Array.isArray(real);
      const isTyped = 'TypedArrayName' in guest;
      for (const key of OrdinaryOwnPropertyKeys(guest) as Value[]) {
        const realKey = key instanceof JSStringValue ? key.stringValue() : realSymbol(key as SymbolValue);
        if (typeof realKey === 'string' && (isArray || isTyped) && realKey === 'length') continue;
        if (isTyped && typeof realKey === 'string' && /^\d+$/.test(realKey)) continue;
        if (isArray && typeof realKey === 'string' && /^\d+$/.test(realKey) && Number(realKey) >= MAX_ARRAY_ELEMENTS) continue;
        const descriptor = ownDescriptor(guest, key);
        if (!descriptor) continue;
        const enumerable = Boolean(descriptor.Enumerable);
        if (!enumerable && !isArray && real instanceof Error && (realKey === 'stack' || realKey === 'message')) continue;
        if (isFunctionObject(guest) && (realKey === 'name' || realKey === 'length' || realKey === 'prototype')) continue;
        const property: PropertyDescriptor = { enumerable, configurable: true };
        if ('Value' in descriptor && descriptor.Value !== undefined) {
          property.value = copyValue(descriptor.Value as Value, depth + 1);
          property.writable = true;
        } else {
          if (descriptor.Get !== undefined && !(descriptor.Get instanceof UndefinedValue)) property.get = () => undefined;
          if (descriptor.Set !== undefined && !(descriptor.Set instanceof UndefinedValue)) property.set = () => {};
          if (!property.get && !property.set) property.value = undefined;
        }
        try {
          Object.defineProperty(real, realKey, property);
        } catch {
          // A property the real shell cannot take (e.g. a function's own `caller`).
        }
      }
      if (isArray) {
        const length = primitive((ownDescriptor(guest, 'length') as { Value?: Value } | undefined)?.Value ?? Value(0));
        if (typeof length === 'number') (real as unknown[]).length = length;
      }
    };

    /** A function that prints like the guest's: same kind (async, generator, class) and name. */
    const functionShell = (guest: Slots): object => {
      const nameValue = ownDescriptor(guest, 'name');
      const name = nameValue && 'Value' in nameValue && nameValue.Value instanceof JSStringValue ? nameValue.Value.stringValue() : '';
      let shell: object;
      const code = isECMAScriptFunctionObject(guest) ? (guest['ECMAScriptCode'] as { type?: string } | undefined) : undefined;
      const nativeName = (guest['nativeFunction'] as { name?: string } | undefined)?.name;
      // A class without its own constructor gets the engine's built-in default constructor.
      if (guest['IsClassConstructor'] || (isBuiltinFunctionObject(guest) && nativeName === 'defaultConstructor')) {
        shell = class {};
        const parent = guest['Prototype'];
        if (parent instanceof ObjectValue && isFunctionObject(parent)) {
          const parentCopy = copies.get(parent) ?? copyValue(parent, MAX_COPY_DEPTH + 1);
          if (typeof parentCopy === 'function') Object.setPrototypeOf(shell, parentCopy);
        }
      } else if (code?.type === 'AsyncBody' || code?.type === 'AsyncConciseBody') {
        shell = async function () {};
      } else if (code?.type === 'GeneratorBody') {
        shell = function* () {};
      } else if (code?.type === 'AsyncGeneratorBody') {
        shell = async function* () {};
      } else {
        shell = code?.type === 'ConciseBody' ? () => {} : function () {};
      }
      Object.defineProperty(shell, 'name', { value: name, configurable: true });
      return shell;
    };

    const errorShell = (guest: Slots): Error => {
      const name = primitive(readData(guest, 'name') ?? Value('Error'));
      const message = primitive(readData(guest, 'message') ?? Value(''));
      const Constructor = ERROR_CONSTRUCTORS[String(name)] ?? Error;
      const error = new Constructor(String(message));
      // A stack the program assigned is a data property; the engine's own is a getter over
      // internal slots set when the error was made (read here without calling the getter).
      const stack = readData(guest, 'stack');
      const header = guest['HostDefinedMessageString'];
      const frames = guest['HostDefinedFormattedStack'];
      const stackText =
        stack instanceof JSStringValue
          ? mapStack(stack.stringValue())
          : typeof header === 'string' && typeof frames === 'string'
            ? mapStack(`${header}${frames}`)
            : undefined;
      Object.defineProperty(error, 'stack', {
        value: stackText ?? `${String(name)}${message ? `: ${String(message)}` : ''}`,
        writable: true,
        configurable: true,
        enumerable: false,
      });
      return error;
    };

    const regExpShell = (guest: Slots): RegExp => {
      const source = guest['OriginalSource'];
      const flags = guest['OriginalFlags'];
      try {
        return new RegExp(
          typeof source === 'string' ? source : String(primitive(source as Value)),
          typeof flags === 'string' ? flags : String(primitive(flags as Value)),
        );
      } catch {
        return /(?:)/;
      }
    };

    /** Node prints a promise's state; a real promise copy would always print as pending. */
    const promiseShell = (guest: Slots): object => {
      const state = guest['PromiseState'];
      const result = guest['PromiseResult'] as Value | undefined;
      const settled = state === 'pending' || result === undefined ? undefined : copyValue(result, MAX_COPY_DEPTH - 2);
      return {
        [INSPECT_CUSTOM](_depth: number, options: object, inspect: (value: unknown, options: object) => string) {
          if (state === 'pending') return 'Promise { <pending> }';
          const entry = `${state === 'rejected' ? '<rejected> ' : ''}${inspect(settled, options)}`;
          // Node breaks the braces onto their own lines when the entry spans several.
          return entry.includes('\n') ? `Promise {\n  ${entry.replaceAll('\n', '\n  ')}\n}` : `Promise { ${entry} }`;
        },
      };
    };

    const typedArrayShell = (guest: Slots): object => {
      const name = String(guest['TypedArrayName']);
      const Constructor = TYPED_ARRAYS[name];
      const length = Number(guest['ArrayLength'] ?? 0);
      const values: number[] = [];
      for (let index = 0; index < Math.min(length, MAX_ARRAY_ELEMENTS); index += 1) {
        const descriptor = ownDescriptor(guest, String(index));
        const element = descriptor && 'Value' in descriptor ? primitive(descriptor.Value as Value) : 0;
        values.push(Number(element));
      }
      return Constructor ? (new Constructor(values) as object) : values;
    };

    const mirrorPrototype = (guestPrototype: unknown): object | null => {
      if (!(guestPrototype instanceof ObjectValue)) return null;
      if (prototypes.has(guestPrototype)) return prototypes.get(guestPrototype) ?? null;
      const parent = mirrorPrototype((guestPrototype as Slots)['Prototype']);
      // Node names an instance by a constructor whose `prototype` is in its chain, so the
      // mirror is the copied constructor's own prototype object when it has one.
      const constructor = ownDescriptor(guestPrototype, 'constructor');
      let realConstructor: unknown;
      if (constructor && constructor.Value instanceof ObjectValue && isFunctionObject(constructor.Value)) {
        realConstructor = copies.get(constructor.Value) ?? copyValue(constructor.Value, MAX_COPY_DEPTH + 1);
      }
      const ownPrototype = typeof realConstructor === 'function' ? (realConstructor as { prototype?: unknown }).prototype : undefined;
      const mirror = (typeof ownPrototype === 'object' && ownPrototype !== null && !mirrors.has(ownPrototype) ? ownPrototype : {}) as Record<PropertyKey, unknown>;
      mirrors.add(mirror);
      Object.setPrototypeOf(mirror, parent);
      prototypes.set(guestPrototype, mirror);
      if (realConstructor !== undefined) {
        Object.defineProperty(mirror, 'constructor', { value: realConstructor, enumerable: false, configurable: true, writable: true });
      }
      const tag = ownDescriptor(guestPrototype, wellKnownGuestSymbol('toStringTag'));
      if (tag && tag.Value instanceof JSStringValue) {
        Object.defineProperty(mirror, Symbol.toStringTag, { value: tag.Value.stringValue(), enumerable: false, configurable: true });
      }
      return mirror;
    };

    return copyValue(value, 0);
  }

  return { copy, primitive, readData };
}

interface GuestDescriptor {
  Value?: Value;
  Get?: Value;
  Set?: Value;
  Enumerable?: boolean;
}

function ownDescriptor(object: ObjectValue, key: string | Value | undefined): GuestDescriptor | undefined {
  if (key === undefined) return undefined;
  const guestKey = typeof key === 'string' ? Value(key) : key;
  try {
    const descriptor = OrdinaryGetOwnProperty(object, guestKey as never) as unknown;
    return descriptor instanceof UndefinedValue || descriptor === undefined ? undefined : (descriptor as GuestDescriptor);
  } catch {
    return undefined;
  }
}

function wellKnownSymbol(description: string | undefined): symbol | undefined {
  if (!description?.startsWith('Symbol.')) return undefined;
  const known = (Symbol as unknown as Record<string, unknown>)[description.slice('Symbol.'.length)];
  return typeof known === 'symbol' ? known : undefined;
}

function wellKnownGuestSymbol(name: string): Value | undefined {
  return (wellKnownSymbols as Record<string, Value>)[name];
}

