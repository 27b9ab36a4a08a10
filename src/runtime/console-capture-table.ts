/**
 * `console.table` as Node 24 prints it: a port of `consoleMethods.table` in
 * `lib/internal/console/constructor.js` and of `lib/internal/cli_table.js`
 * (box-drawing characters, left-justified cells).
 *
 * No DOM and no Node imports: this runs in a browser Worker and under vitest.
 */
import { stripVTControlCharacters } from 'node-inspect-extracted';
import { inspectValue, uninspectablePlaceholder } from './console-capture-format';

// ---------------------------------------------------------------------------
// String width. Node uses ICU (src/node_i18n.cc GetColumnWidth): East Asian
// Width Wide/Fullwidth or Emoji_Presentation count 2; control, format and
// combining characters (except the soft hyphen) count 0; the rest 1. The
// East Asian Width property is not available to JavaScript regular
// expressions, so it is approximated by the table of Node's own non-ICU
// fallback.
// ---------------------------------------------------------------------------

function isFullWidthCodePoint(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}]$/u;

function codePointWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isFullWidthCodePoint(code) || EMOJI_PRESENTATION.test(char)) {
    return 2;
  }
  if (code !== 0xad && ZERO_WIDTH.test(char)) {
    return 0;
  }
  return 1;
}

/** Number of terminal columns a string occupies, as Node's getStringWidth. */
export function getStringWidth(text: string): number {
  const str = stripVTControlCharacters(text);
  let width = 0;
  // ASCII fast path, as Node.
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      for (const char of str.slice(i).normalize('NFC')) {
        width += codePointWidth(char);
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ---------------------------------------------------------------------------
// lib/internal/cli_table.js
// ---------------------------------------------------------------------------

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
} as const;

/** A column is a possibly sparse array of cells; holes render as ''. */
type Column = readonly (string | undefined)[];

function renderRow(row: readonly string[], columnWidths: readonly number[]): string {
  let out: string = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i] ?? '';
    const needed = (columnWidths[i] ?? 0) - getStringWidth(cell);
    out += cell + ' '.repeat(Math.max(0, Math.ceil(needed)));
    if (i !== row.length - 1) {
      out += tableChars.middle;
    }
  }
  out += tableChars.right;
  return out;
}

function cliTable(head: readonly string[], columns: readonly Column[]): string {
  const rows: string[][] = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = -Infinity;
  for (const column of columns) {
    longestColumn = Math.max(longestColumn, column.length);
  }

  for (let i = 0; i < head.length; i++) {
    const column = columns[i] ?? [];
    for (let j = 0; j < longestColumn; j++) {
      const row = (rows[j] ??= []);
      const value = Object.prototype.hasOwnProperty.call(column, j) ? (column[j] ?? '') : '';
      row[i] = value;
      columnWidths[i] = Math.max(columnWidths[i] ?? 0, getStringWidth(value));
    }
  }

  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));

  let result =
    `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;

  for (const row of rows) {
    result += `${renderRow(row, columnWidths)}\n`;
  }

  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

// ---------------------------------------------------------------------------
// consoleMethods.table
// ---------------------------------------------------------------------------

const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size')?.get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size')?.get;
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Symbol.toStringTag,
)?.get;

/** Brand check without running user code (a Proxy is not a Map, as in Node). */
function hasBrand(getter: (() => unknown) | undefined, value: object): boolean {
  if (getter === undefined) {
    return false;
  }
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isTypedArray(value: object): boolean {
  try {
    return typedArrayTagGetter?.call(value) !== undefined;
  } catch {
    return false;
  }
}

const isArrayLike = (value: object): boolean => Array.isArray(value) || isTypedArray(value);

/** A cell: Node's `_inspect` in console.table. */
function inspectCell(value: unknown): string {
  try {
    const depth =
      value !== null && typeof value === 'object' && !isArrayLike(value) && Object.keys(value).length > 2 ? -1 : 0;
    return inspectValue(value, { depth, maxArrayLength: 3, breakLength: Infinity });
  } catch (error) {
    return uninspectablePlaceholder(error);
  }
}

const getIndexArray = (length: number): string[] => Array.from({ length }, (_, i) => inspectCell(i));

/** Reads `target[key]`, which may run a getter or a Proxy trap. */
function readProperty(target: unknown, key: PropertyKey): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: (target as Record<PropertyKey, unknown>)[key] };
  } catch (error) {
    return { ok: false, error };
  }
}

const KEY_KEY = 'Key';
const VALUES_KEY = 'Values';
const INDEX_KEY = '(index)';
const ITER_KEY = '(iteration index)';

/**
 * The text `console.table(tabularData, properties)` prints for an object
 * (`tabularData` must be a non-null object; primitives and functions are
 * printed by `console.log` instead, as Node).
 */
export function renderTable(tabularData: object, properties: readonly PropertyKey[] | undefined): string {
  if (hasBrand(mapSizeGetter, tabularData)) {
    const keys: string[] = [];
    const values: string[] = [];
    for (const entry of tabularData as Map<unknown, unknown>) {
      const { 0: key, 1: value } = entry;
      keys.push(inspectCell(key));
      values.push(inspectCell(value));
    }
    return cliTable([ITER_KEY, KEY_KEY, VALUES_KEY], [getIndexArray(keys.length), keys, values]);
  }

  if (hasBrand(setSizeGetter, tabularData)) {
    const values: string[] = [];
    for (const value of tabularData as Set<unknown>) {
      values.push(inspectCell(value));
    }
    return cliTable([ITER_KEY, VALUES_KEY], [getIndexArray(values.length), values]);
  }

  // A null-prototype object keyed like Node's, so that integer-like column
  // names are ordered first exactly as there.
  const map = Object.create(null) as Record<PropertyKey, (string | undefined)[]>;
  let hasPrimitives = false;
  const valuesKeyArray: (string | undefined)[] = [];
  const indexKeyArray = Object.keys(tabularData);

  for (let i = 0; i < indexKeyArray.length; i++) {
    const read = readProperty(tabularData, indexKeyArray[i] ?? '');
    if (!read.ok) {
      hasPrimitives = true;
      valuesKeyArray[i] = uninspectablePlaceholder(read.error);
      continue;
    }
    const item = read.value;
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = inspectCell(item);
    } else {
      const keys: readonly PropertyKey[] = properties ?? Object.keys(item as object);
      for (const key of keys) {
        const column = (map[key] ??= []);
        if ((primitive && properties !== undefined) || !Object.prototype.hasOwnProperty.call(item, key)) {
          column[i] = '';
        } else {
          const cell = readProperty(item, key);
          column[i] = cell.ok ? inspectCell(cell.value) : uninspectablePlaceholder(cell.error);
        }
      }
    }
  }

  const keys = Object.keys(map);
  const values: Column[] = Object.values(map);
  if (hasPrimitives) {
    keys.push(VALUES_KEY);
    values.push(valuesKeyArray);
  }
  keys.unshift(INDEX_KEY);
  values.unshift(indexKeyArray);

  return cliTable(keys, values);
}
