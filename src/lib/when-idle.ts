/**
 * Calls `callback` once the page is idle, or after `limitMs` at the latest (at once where
 * the browser has no idle callbacks: Safari). Returns a function that cancels the call.
 */
export function whenIdle(callback: () => void, limitMs: number): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(callback, { timeout: limitMs });
  return () => cancelIdleCallback(handle);
}
