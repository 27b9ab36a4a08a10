/**
 * What each version of the logging case study claims, read from its examples' recorded
 * outputs (which the examples test checks against Node, and the browser test against the
 * sandbox): the blocking handler makes log calls wait, fire-and-forget arrives out of
 * order under jitter, the ordered sender never does, batching cuts the number of
 * requests, retrying loses nothing under failures, and the whole logger passes the closing
 * exercise's checker and counts every record it could not deliver.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplesOf, lessonSlugs } from '../support/lesson-examples';

interface Report {
  readonly example: string;
  readonly longestWait: number;
  readonly received: number;
  readonly expected: number;
  readonly requests: number;
  readonly failedRequests: number;
  readonly outOfOrder: number;
  readonly missing: number;
}

/** The `describeApp` and `server.summary` lines of each example of a page. */
function reportsOf(page: string): Report[] {
  return examplesOf(page).flatMap((example) => {
    const output = readFileSync(example.expectedOutputPath, 'utf8');
    const app = /app: logged \d+ records, longest wait in a log call ([\d.]+) s/.exec(output);
    const server = /server: received (\d+) of (\d+) records in (\d+) requests \((\d+) failed\)/.exec(output);
    const order = /server: (\d+) out of order, (\d+) missing/.exec(output);
    if (!app || !server || !order) return [];
    return [
      {
        example: example.id,
        longestWait: Number(app[1]),
        received: Number(server[1]),
        expected: Number(server[2]),
        requests: Number(server[3]),
        failedRequests: Number(server[4]),
        outOfOrder: Number(order[1]),
        missing: Number(order[2]),
      },
    ];
  });
}

const present = new Set(lessonSlugs());

describe.runIf(present.has('logging-blocking'))('the logging case study, version by version', () => {
  it('blocking: every log call waits for the server, and order is kept', () => {
    const reports = reportsOf('logging-blocking');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.some((report) => report.longestWait >= 0.5 && report.outOfOrder === 0)).toBe(true);
  });

  it('fire-and-forget: log calls do not wait, but records arrive out of order under jitter', () => {
    const reports = reportsOf('logging-fire-and-forget');
    expect(reports.some((report) => report.longestWait === 0 && report.outOfOrder > 0)).toBe(true);
  });

  it('ordered sender: log calls do not wait, and with one consumer nothing arrives out of order or goes missing', () => {
    const reports = reportsOf('logging-ordered-sender');
    expect(reports.length).toBeGreaterThan(0);
    // The page also shows variants that break the claim on purpose (several senders, a loop that dies).
    expect(reports.some((report) => report.longestWait === 0 && report.outOfOrder === 0 && report.missing === 0 && report.received === report.expected)).toBe(true);
  });

  it('batching: fewer requests than records', () => {
    const reports = reportsOf('logging-batching');
    expect(reports.some((report) => report.requests < report.received && report.outOfOrder === 0)).toBe(true);
  });

  it('retries: requests fail, yet nothing is lost or reordered', () => {
    const reports = reportsOf('logging-retries');
    expect(reports.some((report) => report.failedRequests > 0 && report.missing === 0 && report.outOfOrder === 0 && report.received === report.expected)).toBe(true);
  });
});

describe.runIf(present.has('logging-exercise'))('the closing exercise', () => {
  const outputOf = (file: string) => readFileSync(`content/lessons/logging-exercise/${file.replace(/\.ts$/, '.out.txt')}`, 'utf8');

  it("the checker accepts the solution: every requirement met", () => {
    const output = outputOf('exercise-solution.ts');
    expect(output).toMatch(/^check: all 4 requirements met$/m);
    expect(output).not.toMatch(/^✗/m);
    for (const requirement of ['keeps order', 'loses nothing', 'never holds the app up', 'close() delivers everything']) {
      expect(output).toMatch(new RegExp(`^✓ ${requirement.replace(/[()]/g, '\\$&')}`, 'm'));
    }
  });

  it('the checker rejects the starter and every wrong handler on the page', () => {
    const wrong = examplesOf('logging-exercise').filter((example) => example.file !== 'exercise-solution.ts');
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const example of wrong) expect(readFileSync(example.expectedOutputPath, 'utf8'), example.id).toMatch(/^✗ /m);
  });
});

describe.runIf(present.has('logging-whole'))('the whole logger', () => {
  const outputOf = (file: string) => readFileSync(`content/lessons/logging-whole/${file.replace(/\.ts$/, '.out.txt')}`, 'utf8');

  it('the closing exercise checker accepts it: every requirement met', () => {
    const output = outputOf('whole-logger-check.ts');
    expect(output).toMatch(/^check: all 4 requirements met$/m);
    expect(output).not.toMatch(/^✗/m);
  });

  it('against a flaky server: requests fail, yet every record is stored once, in order, in fewer requests than records', () => {
    const [report] = reportsOf('logging-whole').filter((candidate) => candidate.example === 'logging-whole/whole-logger.ts');
    expect(report).toBeDefined();
    expect(report!.failedRequests).toBeGreaterThan(0);
    expect(report!.requests).toBeLessThan(report!.received);
    expect(report!.received).toBe(report!.expected);
    expect(report!.missing).toBe(0);
    expect(report!.outOfOrder).toBe(0);
    const output = outputOf('whole-logger.ts');
    // flush() waits for everything logged before it; takeAll() takes what the loop has not sent.
    expect(output).toMatch(/^after flush\(\): the server has (\d+) of \1 records$/m);
    expect(output).toMatch(/^takeAll\(\): records 11 12 13 for navigator\.sendBeacon$/m);
    expect(output).toMatch(/^close\(\): 0 records given up; dropped: 0 queue full, 0 retries used up, 0 at the deadline$/m);
  });

  it('against a server that is down: every record missing is counted, dropped for room or given up at the deadline', () => {
    const output = outputOf('server-down.ts');
    const [report] = reportsOf('logging-whole').filter((candidate) => candidate.example === 'logging-whole/server-down.ts');
    expect(report).toBeDefined();
    const drops = /^dropped: (\d+) queue full, (\d+) retries used up, (\d+) at the deadline$/m.exec(output);
    expect(drops).not.toBeNull();
    const [queueFull, retries, deadline] = [Number(drops![1]), Number(drops![2]), Number(drops![3])];
    expect(queueFull).toBeGreaterThan(0);
    expect(deadline).toBeGreaterThan(0);
    expect(queueFull + retries + deadline).toBe(report!.missing);
    // close() keeps its deadline: it returns after the time it was given, not later.
    const closed = /^close\((\d+)\) returned after ([\d.]+) s, giving up records ([\d ]+)$/m.exec(output);
    expect(closed).not.toBeNull();
    expect(Number(closed![2]) * 1000).toBe(Number(closed![1]));
    expect(closed![3]!.split(' ')).toHaveLength(deadline);
  });
});
