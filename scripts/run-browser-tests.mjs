#!/usr/bin/env node
/**
 * Runs the Playwright tests in two passes: the site (runner, editor, containment, corpus,
 * accessibility, links...), then the lesson examples, one at a time: their output has
 * rounded times, and must not share the CPU with runaway programs or with another page
 * compiling the compiler. Both passes always run; the exit code is non-zero if either
 * failed. Extra arguments go to both passes.
 *
 * CI logs are often read from their last lines only, and the first pass's failures would
 * scroll out of sight behind the second pass. So each pass also writes a JSON report, and
 * the script ends with one summary of both: every failed or flaky test with its error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const REPORT_DIR = 'test-reports';
const ERROR_LINES_SHOWN = 8;

const extra = process.argv.slice(2);
// Arguments that pick some tests (a file, --grep) may leave one pass with none: not a failure.
const passWhenFiltered = extra.length > 0 ? ['--pass-with-no-tests'] : [];
const passes = [
  { project: 'site', options: [] },
  // The lesson examples run one at a time: their printed times need the CPU to themselves.
  { project: 'lesson-examples', options: ['--workers=1'] },
];

rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

const outcomes = passes.map(({ project, options }) => {
  console.log(`\n▶ Browser tests: ${project}`);
  const reportFile = join(REPORT_DIR, `${project}.json`);
  const result = spawnSync('npx', ['playwright', 'test', `--project=${project}`, ...options, ...passWhenFiltered, ...extra], {
    stdio: 'inherit',
    // playwright.config.ts adds a JSON reporter writing here.
    env: { ...process.env, BROWSER_TESTS_JSON_REPORT: reportFile },
  });
  return { project, exitCode: result.status ?? 1, report: readReport(reportFile) };
});

console.log('\n▶ Browser tests: summary');
for (const { project, exitCode, report } of outcomes) {
  if (!report) {
    console.log(`${project}: exit code ${exitCode}, no report written (did the run start?)`);
    continue;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const seconds = Math.round((report.stats?.duration ?? 0) / 1000);
  console.log(
    `${project}: ${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped ` +
      `in ${seconds} s (exit code ${exitCode})`,
  );
  for (const { title, outcome, errors } of testsNeedingAttention(report)) {
    console.log(`  ${outcome.toUpperCase()}: ${title}`);
    for (const line of errors.slice(0, ERROR_LINES_SHOWN)) console.log(`      ${line}`);
  }
}
process.exit(outcomes.some(({ exitCode }) => exitCode !== 0) ? 1 : 0);

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Failed and flaky tests of a Playwright JSON report, each with its first error's lines. */
function testsNeedingAttention(report) {
  const found = [];
  const visit = (suite, titlePath) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const firstError = test.results.flatMap((result) => result.errors ?? [])[0];
        const message = stripAnsi(firstError?.message ?? firstError?.value ?? '');
        found.push({
          title: [...titlePath, `${spec.title} (${spec.file}:${spec.line})`].join(' › '),
          outcome: test.status === 'flaky' ? 'flaky' : 'failed',
          errors: message.split('\n').filter((line) => line.trim() !== ''),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titlePath, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return found;
}

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
