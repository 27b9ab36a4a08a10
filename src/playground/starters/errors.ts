const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function mightFail(shouldFail: boolean): Promise<string> {
  await sleep(100);
  if (shouldFail) throw new Error('the server said no');
  return 'ok';
}

try {
  console.log(await mightFail(false));
  console.log(await mightFail(true));
} catch (error) {
  console.log('caught:', (error as Error).message);
} finally {
  console.log('finally runs either way');
}

// Nobody awaits this one: its rejection is reported as unhandled.
void mightFail(true);
