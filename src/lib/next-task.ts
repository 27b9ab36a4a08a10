/**
 * Resolves in a new task of the page's event loop, so input waiting since the current
 * task began is handled first. Long work split at these points never holds the page for
 * long (the playground opening Monaco: see src/editor/mount-editor.ts).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
