// console.log of objects, arrays, nested values, Maps, Sets, class instances and error messages, as Node's inspect prints them.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
class Empty {}

console.log({ a: 1, b: 'two', c: [3, 4], d: null, e: undefined, f: true });
console.log([1, 'two', { three: 3 }, [4, [5, [6, [7]]]]]);
console.log({ level1: { level2: { level3: { level4: 'too deep' } } } });
console.log(new Map<string, unknown>([['key', 'value'], ['obj', { n: 1 }]]));
console.log(new Set([1, 'a', [2]]));
console.log(new Map(), new Set());
console.log(new Point(1, 2), new Empty());
console.log([new Point(0, 0)]);
console.log({ 'needs quotes': 1, valid_id: 2, 3: 'numeric key' });
console.log(['a', , 'c']);
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log('string at top level', ['string in array'], 42, 42n, Symbol('sym'), -0);
console.log({ fn() {}, arrow: () => 1, named: function named() {} });
console.log(Object.create(null));
console.log([undefined, null, NaN, Infinity]);
console.log({ date: 'not printed as a Date', nested: [{ a: [{ b: 1 }] }] });

const error = new TypeError('something went wrong');
console.log('error name and message:', error.name, error.message);
console.log(`${error}`);
console.log(String(new Error('plain')));

const circular: { name: string; self?: unknown } = { name: 'loop' };
circular.self = circular;
console.log(circular);
