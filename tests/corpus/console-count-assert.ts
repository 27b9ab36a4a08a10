// console.count/countReset labels and console.assert (prints only when the condition is falsy).
console.count();
console.count();
console.count('apples');
console.count('apples');
console.count('pears');
console.countReset('apples');
console.count('apples');
console.count('default');

console.assert(true, 'never printed');
console.assert(1 === 1);
console.assert(false, 'assertion with a message');
console.assert(false, 'with format %s and %d', 'substitution', 5);
console.assert(false);
console.assert([].length > 0, { reason: 'an object' });
console.assert('abc'.startsWith('x'), 'message and', 'extra arguments');
console.log('after the asserts (no exception thrown)');
