#!/usr/bin/env node
/**
 * Runs the Playwright tests in two passes: the site (runner, editor, containment, corpus,
 * accessibility, links...), then the lesson examples, whose output has rounded times and
 * must not share the CPU with the runaway programs of the first pass. Both passes always
 * run; the exit code is non-zero if either failed. Extra arguments go to both passes.
 */
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
let failed = false;
for (const project of ['site', 'lesson-examples']) {
  console.log(`\n▶ Browser tests: ${project}`);
  const result = spawnSync('npx', ['playwright', 'test', `--project=${project}`, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
