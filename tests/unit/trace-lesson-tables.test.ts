/**
 * Hand-written step tables in the lessons must agree with the recorded trace. The event-loop
 * lesson walks through `order-basics.ts` in a table (step, what runs, what it prints, the
 * microtask queue, the task queue); this test reads that table from the lesson's MDX,
 * records the example with the step-through recorder, and checks that the recording passes
 * through every row's state, in the table's order: the output printed so far, the
 * microtasks waiting (in queue order) and the task callbacks waiting.
 *
 * A row describes a moment: what runs, what it prints, and the queues around it. A recorded
 * step is taken as a statement or job starts, so the row's output is what has been printed
 * when the next step starts, and its queues are those of the step itself or of the next one
 * (before a statement that queues a job, the job is not there yet; while a job runs, it has
 * left the queue).
 *
 * The "Task queue" column tells a task that is due from a timer still with the host: Node's
 * `setTimeout(…, 0)` is due only after 1 ms, so "empty: the timer is with the host" means no
 * task is due and the timer waits; "X, once due" and "empty, or X once due" accept the
 * callback either due or still waiting (when it becomes due depends on the machine's speed,
 * and on the recorder's virtual clock); a plain "empty" means no task is due and no timer waits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/runtime/trace/trace-format';
import { traceOf } from '../support/trace-program';

interface TableRow {
  readonly step: string;
  readonly prints: string;
  readonly microtasks: readonly string[];
  /** The task-queue states the row allows, each as JSON of `{ tasks, timers }`. */
  readonly taskStates: readonly string[];
}

const taskState = (tasks: readonly string[], timers: readonly string[]) => JSON.stringify({ tasks, timers });

/** The states a "Task queue" cell allows (see the comment at the top). */
function taskStatesOf(cell: string): string[] {
  const timer = 'timer callback';
  if (/with the host/.test(cell)) return [taskState([], [timer])];
  if (/once due/.test(cell)) {
    const whileWaiting = /^empty/.test(cell) ? [taskState([], [timer])] : [];
    return [...whileWaiting, taskState([timer], []), taskState([], [timer])];
  }
  if (cell === 'empty') return [taskState([], [])];
  return [taskState(cell.split(',').map((item) => item.trim()), [])];
}

/** The rows of the first Markdown table whose header starts with `| Step |`. */
function stepTable(mdx: string): TableRow[] {
  const lines = mdx.split('\n');
  const header = lines.findIndex((line) => /^\|\s*Step\s*\|/.test(line));
  if (header < 0) throw new Error('no step table in the lesson');
  const rows: TableRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const list = (cell: string) => (cell === 'empty' || cell === '' ? [] : cell.split(',').map((item) => item.trim()));
    rows.push({ step: cells[0] ?? '', prints: cells[2] ?? '', microtasks: list(cells[3] ?? ''), taskStates: taskStatesOf(cells[4] ?? '') });
  }
  return rows;
}

/** The table's short names for queued jobs, read from the recorder's labels. */
function microtaskName(label: string): string {
  if (/^then callback/.test(label)) return 'then';
  if (/^queueMicrotask callback/.test(label)) return 'queueMicrotask';
  return label;
}

function taskName(label: string): string {
  return /timer|setTimeout/i.test(label) ? 'timer callback' : label;
}

function queuesOf(step: TraceStep | undefined) {
  if (!step) return null;
  return {
    microtasks: step.microtasks.map((job) => microtaskName(job.label)),
    tasks: step.tasks.map((job) => taskName(job.label)),
    timers: step.timers.map((timer) => taskName(timer.label)),
  };
}

/** The states a row may be matched against at step `index`: its queues, or the next step's. */
function statesAt(steps: readonly TraceStep[], index: number, printed: readonly string[]): string[] {
  const printedAfter = printed.slice(0, steps[index + 1]?.outputLength ?? printed.length);
  return [queuesOf(steps[index]), queuesOf(steps[index + 1])]
    .filter((queues) => queues !== null)
    .map((queues) => JSON.stringify({ printed: printedAfter, ...queues }));
}

describe('the event-loop lesson\'s step table agrees with the recorded trace of order-basics.ts', () => {
  it('passes through every row, in order', async () => {
    const lesson = 'content/lessons/event-loop';
    const rows = stepTable(readFileSync(`${lesson}/index.mdx`, 'utf8'));
    expect(rows.length).toBe(8);
    const result = await traceOf([{ name: 'order-basics.ts', source: readFileSync(`${lesson}/order-basics.ts`, 'utf8') }]);
    expect(result.status).toBe('complete');
    const printed = result.output.map((entry) => entry.text);

    let from = 0;
    const printedSoFar: string[] = [];
    for (const row of rows) {
      if (row.prints) printedSoFar.push(row.prints);
      const wanted = row.taskStates.map((state) => {
        const { tasks, timers } = JSON.parse(state) as { tasks: string[]; timers: string[] };
        return JSON.stringify({ printed: [...printedSoFar], microtasks: [...row.microtasks], tasks, timers });
      });
      const found = result.steps.findIndex(
        (_, index) => index >= from && statesAt(result.steps, index, printed).some((state) => wanted.includes(state)),
      );
      const seen = result.steps.slice(from).map((_, index) => statesAt(result.steps, from + index, printed)[0]);
      expect(found, `table step ${row.step}: no recorded step from ${from} on has one of ${wanted.join(' | ')}; seen ${seen.join('\n')}`).toBeGreaterThanOrEqual(0);
      from = found;
    }
  }, 30_000);
});
