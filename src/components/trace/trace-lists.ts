/**
 * The panel's lists (call stack, queues, timers, promises): one `[data-item]` per entry,
 * each naming its source line as `line N`. Rows are reused and only changed text is
 * written, so moving one step touches a few nodes; very long lists show their first rows
 * and say how many more there are, so no step costs more than a frame.
 */
import type { QueuedJob, TraceFrame, TraceLocation, TracedPromise, WaitingTimer } from '../../runtime/trace/trace-format';

/** Rows drawn per list; the rest are counted. */
const MAX_ROWS = 60;

export interface ListRow {
  readonly text: string;
  /** A data-state value (promises), if any. */
  readonly state?: string;
}

/** `line N`, with the file when it is not the program's main one. */
export function describeLocation(location: TraceLocation | null, mainFile: string): string {
  if (!location) return '';
  return location.file && location.file !== mainFile ? `line ${location.line} of ${location.file}` : `line ${location.line}`;
}

/** The label as the recorder wrote it, with `line N` added when the label lacks it. */
function withLine(label: string, location: TraceLocation | null, mainFile: string): string {
  if (!location || /\bline \d+/.test(label)) return label;
  return `${label}, ${describeLocation(location, mainFile)}`;
}

export const frameRow = (frame: TraceFrame, mainFile: string): ListRow => ({
  text: frame.location ? `${frame.name}, ${describeLocation(frame.location, mainFile)}` : frame.name,
});

export const jobRow = (job: QueuedJob, mainFile: string): ListRow => ({ text: withLine(job.label, job.location, mainFile) });

export const timerRow = (timer: WaitingTimer, mainFile: string): ListRow => ({
  text: `${withLine(timer.label, timer.location, mainFile)}: due at ${formatMs(timer.dueMs)}${timer.intervalMs === null ? '' : `, every ${formatMs(timer.intervalMs)}`}`,
});

export const promiseRow = (promise: TracedPromise, mainFile: string): ListRow => {
  const state = promise.state === 'pending' ? 'pending' : `${promise.state} with ${promise.settledWith ?? 'undefined'}`;
  const waiting = promise.waiting.length ? `; waiting: ${promise.waiting.join('; ')}` : '';
  return { text: `${withLine(promise.label, promise.location, mainFile)}: ${state}${waiting}`, state: promise.state };
};

export function formatMs(ms: number): string {
  return `${Number.isInteger(ms) ? ms : ms.toFixed(1)} ms`;
}

/** Makes `list` show `rows`, reusing its existing `<li>`s. */
export function updateList(list: HTMLElement, rows: readonly ListRow[]): void {
  const shown = Math.min(rows.length, MAX_ROWS);
  const items = list.querySelectorAll<HTMLLIElement>(':scope > li[data-item]');
  for (let index = 0; index < shown; index++) {
    const row = rows[index] as ListRow;
    let item = items[index];
    if (!item) {
      item = document.createElement('li');
      item.dataset['item'] = '';
      const more = list.querySelector(':scope > .trace-more');
      if (more) more.before(item);
      else list.append(item);
    }
    if (item.textContent !== row.text) item.textContent = row.text;
    if (row.state === undefined) delete item.dataset['state'];
    else if (item.dataset['state'] !== row.state) item.dataset['state'] = row.state;
  }
  for (let index = items.length - 1; index >= shown; index--) items[index]?.remove();
  let more = list.querySelector<HTMLLIElement>(':scope > .trace-more');
  if (rows.length > shown) {
    if (!more) {
      more = document.createElement('li');
      more.className = 'trace-more';
      list.append(more);
    }
    more.textContent = `and ${rows.length - shown} more`;
  } else more?.remove();
}
