// console.table of arrays of objects, arrays of arrays and objects, with and without a column filter.
console.table([
  { name: 'Ada', year: 1815 },
  { name: 'Grace', year: 1906, navy: true },
]);
console.table([
  [1, 2],
  [3, 4, 5],
]);
console.table({ first: { a: 1 }, second: { b: 2 } });
console.table(
  [
    { id: 1, label: 'one', extra: 'hidden' },
    { id: 2, label: 'two', extra: 'hidden' },
  ],
  ['label'],
);
console.table(['x', 'y']);
console.table('not tabular');
