const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Produces words one at a time, the way a chat model streams its reply.
async function* streamReply(text: string): AsyncGenerator<string> {
  try {
    for (const word of text.split(' ')) {
      await sleep(100);
      yield word;
    }
  } finally {
    console.log('(stream closed)');
  }
}

for await (const word of streamReply('every word arrives when it is ready')) {
  console.log(word);
  if (word === 'it') break; // breaking out still runs the generator's finally
}
