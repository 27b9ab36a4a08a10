/**
 * Programs that try to break the runner or the page: each must end in a clear state with
 * a clear message, the page must keep responding, and Run must work again without a
 * reload. (While-true, endless timers, forged messages and isolation: runner.spec.ts.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { asPrintedText, entriesOf, exampleById, nodeOutput, playgroundUrl, runToEnd, setMainSource } from './support';

/** The page answers a click while the program runs: the theme toggle flips at once. */
async function expectPageResponsive(page: Page): Promise<void> {
  const toggle = page.locator('[data-theme-toggle]');
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click({ timeout: 5000 });
  await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true', { timeout: 5000 });
}

/** Run works again: a fresh program runs to the end in the same page. */
async function expectRunWorksAgain(example: Locator): Promise<void> {
  await setMainSource(example, "console.log('fresh run');");
  const { status, entries } = await runToEnd(example);
  expect(status).toBe('done');
  expect(entries).toEqual([{ level: 'log', text: 'fresh run' }]);
}

async function startProgram(page: Page, source: string): Promise<Locator> {
  await page.goto(playgroundUrl(source));
  const example = exampleById(page, 'playground');
  await expect(example.locator('button[data-action="run"]')).toBeEnabled();
  await example.locator('button[data-action="run"]').click();
  return example;
}

test('an endless microtask chain is stopped at the time limit; the page responds throughout', async ({ page }) => {
  const example = await startProgram(page, "console.log('starting the chain');\nconst spin = (): void => queueMicrotask(spin);\nspin();\n");
  await expect(example.locator('[data-entry]').first()).toHaveText('starting the chain');
  await expect(example).toHaveAttribute('data-status', 'running');
  await expectPageResponsive(page);
  await expect(example).toHaveAttribute('data-status', 'timeout', { timeout: 15_000 });
  const entries = await entriesOf(example);
  expect(entries.at(-1)).toMatchObject({ level: 'system', text: expect.stringMatching(/^Stopped after 5 s/) });
  await expectRunWorksAgain(example);
});

test('an endless promise chain is stopped too, and nothing arrives after the stop', async ({ page }) => {
  const example = await startProgram(page, 'const loop = (): Promise<void> => Promise.resolve().then(loop);\nawait loop();\n');
  await expect(example).toHaveAttribute('data-status', 'running');
  await example.locator('button[data-action="stop"]').click();
  await expect(example).toHaveAttribute('data-status', 'stopped');
  const count = (await entriesOf(example)).length;
  await page.waitForTimeout(300);
  expect((await entriesOf(example)).length).toBe(count);
  await expectRunWorksAgain(example);
});

test('an endless timer chain ends at the time limit and prints nothing after it', async ({ page }) => {
  const example = await startProgram(page, "let n = 0;\nconst again = () => { n++; if (n % 50 === 0) console.log('still going', n); setTimeout(again, 1); };\nagain();\n");
  await expect(example).toHaveAttribute('data-status', 'timeout', { timeout: 15_000 });
  const count = (await entriesOf(example)).length;
  await page.waitForTimeout(300);
  const entries = await entriesOf(example);
  expect(entries.length).toBe(count);
  expect(entries.at(-1)?.level).toBe('system');
});

test('a stack overflow is reported as Node reports it, and caught ones print as in Node', async ({ page }) => {
  const caught = "function down(n: number): number { return down(n + 1) + 1; }\ntry { down(0); } catch (error) { console.log((error as Error).name + ': ' + (error as Error).message); }\nconsole.log('after the overflow');\n";
  await page.goto(playgroundUrl(caught));
  const first = await runToEnd(exampleById(page, 'playground'));
  expect(first.status).toBe('done');
  expect(asPrintedText(first.entries)).toBe(await nodeOutput(caught));

  await page.goto(playgroundUrl('function down(n: number): number {\n  return down(n + 1) + 1;\n}\ndown(0);\n'));
  const example = exampleById(page, 'playground');
  const { status, entries } = await runToEnd(example);
  expect(status).toBe('error');
  expect(entries[0]?.text).toMatch(/^Uncaught RangeError: Maximum call stack size exceeded/);
  expect(entries[0]?.text).toContain('playground.ts:2:');
  await expectRunWorksAgain(example);
});

test('a million log lines: batched, capped, counted, and the page keeps responding', async ({ page }) => {
  const example = await startProgram(page, "for (let i = 0; i < 1_000_000; i++) console.log('line', i);\nconsole.log('the end');\n");
  await expectPageResponsive(page);
  await expect(example).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const entries = await entriesOf(example);
  expect(entries.length).toBe(1001);
  expect(entries[999]?.text).toBe('line 999');
  expect(entries[1000]).toEqual({ level: 'system', text: '999,001 more entries were left out: the output shows at most 1,000 entries.' });
});

test('a 50 MB string is truncated for display, with the number of characters left out', async ({ page }) => {
  const example = await startProgram(page, "const huge = 'x'.repeat(50_000_000);\nconsole.log(huge);\nconsole.log('length', huge.length);\n");
  await expect(example).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  const entries = await entriesOf(example);
  expect(entries[0]?.text.length).toBeLessThan(10_100);
  expect(entries[0]?.text).toMatch(/^x{10000}… \[49,990,000 more characters not shown\]$/);
  expect(entries[1]?.text).toBe('length 50000000');
});

test('values that break naive formatting print as Node prints them', async ({ page }) => {
  const source = `
const bare = Object.create(null);
bare.key = 'value';
const cyclic: Record<string, unknown> = { name: 'loop' };
cyclic['self'] = cyclic;
cyclic['list'] = [cyclic];
const trap = { get boom(): never { throw new Error('getter exploded'); }, fine: 1 };
class Weird { toString(): string { throw new Error('no toString'); } }
console.log(bare, cyclic);
console.log(trap);
console.log(new Weird());
console.log('%s', Symbol('sym'), [new Map([[cyclic, bare]])]);
console.log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Tagged' }));
`;
  const expected = await nodeOutput(source);
  await page.goto(playgroundUrl(source));
  const { status, entries } = await runToEnd(exampleById(page, 'playground'));
  expect(status).toBe('done');
  expect(asPrintedText(entries)).toBe(expected);
});

test('thrown non-Errors and hostile thrown values are reported without breaking the runner', async ({ page }) => {
  const source = `
setTimeout(() => { throw null; }, 0);
setTimeout(() => { throw Object.create(null); }, 60);
setTimeout(() => { throw new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } }); }, 120);
setTimeout(() => { const e = new Error('message'); Object.defineProperty(e, 'stack', { get() { throw new Error('no stack'); } }); throw e; }, 180);
setTimeout(() => console.log('still running after four throws'), 240);
`;
  await page.goto(playgroundUrl(source));
  const example = exampleById(page, 'playground');
  const { status, entries } = await runToEnd(example);
  expect(status).toBe('error');
  expect(entries[0]?.text).toBe('Uncaught null');
  expect(entries[1]?.text).toBe('Uncaught [Object: null prototype] {}');
  expect(entries[2]?.text).toMatch(/^Uncaught /);
  expect(entries[3]?.text).toMatch(/^Uncaught /);
  expect(entries.at(-1)).toEqual({ level: 'log', text: 'still running after four throws' });
});

test('an unhandled rejection is reported with its line, and the program goes on as in a browser', async ({ page }) => {
  const source = "async function fails(): Promise<void> {\n  throw new TypeError('nobody caught me');\n}\nfails();\nsetTimeout(() => console.log('later work still runs'), 100);\n";
  await page.goto(playgroundUrl(source));
  const { status, entries } = await runToEnd(exampleById(page, 'playground'));
  expect(status).toBe('error');
  expect(entries[0]?.level).toBe('error');
  expect(entries[0]?.text).toMatch(/^Uncaught \(in promise\) TypeError: nobody caught me/);
  expect(entries[0]?.text).toContain('playground.ts:2:');
  expect(entries.at(-1)).toEqual({ level: 'log', text: 'later work still runs' });
});

test('memory that keeps growing is stopped by the time limit with a message that says so, and Run works again', async ({ page }) => {
  // A worker's heap cannot be measured from outside it; the time limit ends the program
  // long before it could exhaust the tab's memory (this one needs tens of seconds to).
  const example = await startProgram(page, "console.log('allocating');\nconst hoard: number[][] = [];\nwhile (true) hoard.push(new Array(1_000_000).fill(hoard.length));\n");
  await expect(example.locator('[data-entry]').first()).toHaveText('allocating');
  await expect(example).toHaveAttribute('data-status', 'timeout', { timeout: 20_000 });
  const last = (await entriesOf(example)).at(-1);
  expect(last?.level).toBe('system');
  expect(last?.text).toMatch(/memory use that kept growing/);
  await expectPageResponsive(page);
  await expectRunWorksAgain(example);
});

test('a program cannot navigate the page, open windows or reach the frame around it', async ({ page }) => {
  const source = `
const g = globalThis as any;
const attempt = (what: string, action: () => unknown) => {
  try { const result = action(); console.log(what, 'returned', typeof result); } catch (error) { console.log(what, 'failed:', (error as Error).name); }
};
attempt('window.open', () => g.open('https://example.com/'));
attempt('location.assign', () => g.location.assign('https://example.com/'));
attempt('location.href =', () => { g.location.href = 'https://example.com/'; });
attempt('parent.location', () => g.parent.location);
attempt('top.location', () => g.top.location);
attempt('self.postMessage', () => g.postMessage({ type: 'finished', unsettledTopLevelAwait: false }));
attempt('close()', () => g.close);
console.log('done probing');
`;
  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  await page.goto(playgroundUrl(source));
  const { status, entries } = await runToEnd(exampleById(page, 'playground'));
  expect(status).toBe('done');
  expect(entries.map((entry) => entry.text)).toEqual([
    'window.open failed: TypeError',
    'location.assign failed: TypeError',
    'location.href = failed: TypeError',
    'parent.location failed: TypeError',
    'top.location failed: TypeError',
    'self.postMessage returned undefined',
    'close() returned function',
    'done probing',
  ]);
  expect(page.url()).toContain('/playground/');
  expect(popups).toEqual([]);
});
