// yield* in an async generator delegates to async and sync iterables and passes return values back.
async function* inner(label: string): AsyncGenerator<string, number> {
  yield `${label}-1`;
  await null;
  yield `${label}-2`;
  return label.length;
}

function* syncInner(): Generator<string | Promise<string>> {
  yield 'sync-a';
  yield Promise.resolve('sync-promise-b');
}

async function* outer(): AsyncGenerator<string> {
  yield 'start';
  const length = yield* inner('alpha');
  yield `inner returned ${length}`;
  yield* syncInner();
  yield* ['array-x', 'array-y'];
  yield 'end';
}

for await (const value of outer()) {
  console.log(value);
}

// Breaking out of an outer generator closes the delegate too.
async function* innerWithCleanup(): AsyncGenerator<number> {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('inner cleanup');
  }
}
async function* outerWithCleanup(): AsyncGenerator<number> {
  try {
    yield* innerWithCleanup();
  } finally {
    console.log('outer cleanup');
  }
}
for await (const n of outerWithCleanup()) {
  console.log('got', n);
  break;
}
console.log('done');
