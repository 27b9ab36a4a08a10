// AbortController: the default reason is an AbortError DOMException; a custom reason is kept as given.
const plain = new AbortController();
console.log('aborted before:', plain.signal.aborted, 'reason before:', plain.signal.reason);
plain.abort();
const reason = plain.signal.reason as DOMException;
console.log('aborted after:', plain.signal.aborted);
console.log('default reason:', reason.name, '| DOMException:', reason instanceof DOMException, '| code:', reason.code);

const withString = new AbortController();
withString.abort('user pressed stop');
console.log('string reason:', withString.signal.reason);

const withError = new AbortController();
withError.abort(new RangeError('out of range'));
const errorReason = withError.signal.reason as Error;
console.log('error reason:', errorReason.name, errorReason.message);

const withObject = new AbortController();
withObject.abort({ code: 'E_STOP', retry: false });
console.log('object reason:', withObject.signal.reason);

// Aborting again does not change the reason.
withString.abort('second reason');
console.log('after second abort:', withString.signal.reason);

// AbortSignal.abort() makes an already-aborted signal.
const already = AbortSignal.abort('pre-aborted');
console.log('AbortSignal.abort:', already.aborted, already.reason);
console.log('AbortSignal.abort() default:', (AbortSignal.abort().reason as DOMException).name);
