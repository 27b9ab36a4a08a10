#!/usr/bin/env node
/**
 * Runs the Playwright tests in two passes: the site (runner, editor, containment, corpus,
 * accessibility, links...), then the lesson examples, one at a time: their output has
 * rounded times, and must not share the CPU with runaway programs or with another page
 * compiling the compiler. Both passes always run; the exit code is non-zero if either
 * failed. Extra arguments go to both passes.
 */
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
let failed = false;
// The lesson examples run one at a time: their printed times need the CPU to themselves.
const passes = [
  ['site', []],
  ['lesson-examples', ['--workers=1']],
];
for (const [project, options] of passes) {
  console.log(`\n▶ Browser tests: ${project}`);
  const result = spawnSync('npx', ['playwright', 'test', `--project=${project}`, ...options, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
