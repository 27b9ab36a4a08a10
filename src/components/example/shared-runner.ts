import { sitePath } from '../../lib/site-path';
import { SandboxRunner } from '../../runtime/runner';

/** One runner per page; it keeps one sandbox ready for whichever example runs next. */
let runner: SandboxRunner | undefined;

export function sharedRunner(): SandboxRunner {
  runner ??= new SandboxRunner(sitePath('sandbox.html'));
  return runner;
}

/** Starts the first sandbox once the page is idle, so reading is never slowed by it. */
export function prepareWhenIdle(): void {
  const prepare = () => sharedRunner().prepare();
  if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 300);
}
