// console.log/info/debug (stdout) and warn/error (stderr) interleave in call order in one output.
console.log('log 1');
console.error('error 1');
console.info('info 1');
console.warn('warn 1');
console.debug('debug 1');
console.error('error with %s and an object', 'format', { a: 1 });
console.warn(['warn', 'array']);
setTimeout(() => {
  console.error('error from a timer');
  console.log('log from a timer');
}, 50);
Promise.resolve().then(() => {
  console.warn('warn from a microtask');
  console.info('info from a microtask');
});
console.log('log 2');
