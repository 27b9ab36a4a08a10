/** The sentence under an example's toolbar that says what its run is doing or did. */
export type ExampleStatus = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'timeout' | 'stopped';

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function describeStatus(
  status: ExampleStatus,
  { durationMs, timeLimitMs }: { durationMs?: number | undefined; timeLimitMs: number },
): string {
  const took = durationMs === undefined ? '' : ` in ${seconds(durationMs)}`;
  switch (status) {
    case 'idle':
      return 'Press Run (or Ctrl+Enter) to run this code.';
    case 'loading':
      return 'Starting…';
    case 'running':
      return 'Running…';
    case 'done':
      return `Finished${took}.`;
    case 'error':
      return `Finished${took}, with an uncaught error.`;
    case 'timeout':
      return `Stopped at the time limit (${seconds(timeLimitMs)}).`;
    case 'stopped':
      return 'Stopped.';
  }
}
