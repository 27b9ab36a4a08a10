import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What `tsc -p <project>` reports: '' when the project type-checks. */
export function typeErrorsOf(project: string): Promise<string> {
  return run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project]).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
}
