// Timers with equal delays fire in creation order; different delays (200 ms apart) fire by delay, not creation order.
setTimeout(() => console.log('400 ms: first created'), 400);
setTimeout(() => console.log('200 ms: A'), 200);
setTimeout(() => console.log('400 ms: second created'), 400);
setTimeout(() => console.log('200 ms: B'), 200);
setTimeout(() => console.log('600 ms'), 600);
setTimeout(() => console.log('200 ms: C'), 200);
setTimeout(() => console.log('400 ms: third created'), 400);

// Extra arguments are passed to the callback.
setTimeout((a: string, b: number) => console.log('800 ms with arguments:', a, b), 800, 'x', 7);
console.log('all timers scheduled');
