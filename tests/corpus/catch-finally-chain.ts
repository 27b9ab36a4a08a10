// catch and finally: value pass-through, finally's return ignored, a throw in finally wins.
Promise.reject(new Error('first'))
  .then(() => console.log('skipped'))
  .catch((error: Error) => {
    console.log('catch:', error.message);
    return 'recovered';
  })
  .finally(() => {
    console.log('finally (no arguments)');
    return 'ignored';
  })
  .then((value) => console.log('then after finally:', value));

Promise.resolve('ok')
  .finally(() => {
    throw new Error('finally threw');
  })
  .then(
    (value) => console.log('not reached', value),
    (error: Error) => console.log('rejected by finally:', error.message),
  );

Promise.reject(new Error('second'))
  .finally(() => console.log('finally sees rejection'))
  .catch((error: Error) => console.log('still rejected:', error.message));

// then(onFulfilled, onRejected) does not catch errors thrown by its own onFulfilled.
Promise.resolve(1)
  .then(
    () => {
      throw new Error('from onFulfilled');
    },
    () => console.log('not called'),
  )
  .catch((error: Error) => console.log('next catch:', error.message));
console.log('sync end');
