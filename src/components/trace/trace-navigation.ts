/**
 * Where each control and key takes the reader in a recording: steps, whole turns of the
 * event loop (tasks), start and end. Pure functions of the steps, so they are easy to test.
 */
import type { TraceStep } from '../../runtime/trace/trace-format';

export type TraceMove = 'step-first' | 'step-prev' | 'step-next' | 'step-last' | 'task-prev' | 'task-next';

export function targetStep(steps: readonly Pick<TraceStep, 'task'>[], current: number, move: TraceMove): number {
  const last = steps.length - 1;
  if (last < 0) return 0;
  const task = steps[current]?.task ?? 0;
  switch (move) {
    case 'step-first':
      return 0;
    case 'step-last':
      return last;
    case 'step-prev':
      return Math.max(0, current - 1);
    case 'step-next':
      return Math.min(last, current + 1);
    case 'task-next': {
      // The first step of the next turn of the loop; the end if there is none.
      for (let index = current + 1; index <= last; index++) if ((steps[index]?.task ?? 0) !== task) return index;
      return last;
    }
    case 'task-prev': {
      // Back to the start of this turn; from its start, to the start of the turn before.
      let start = current;
      while (start > 0 && steps[start - 1]?.task === task) start--;
      if (start < current) return start;
      if (start === 0) return 0;
      const previousTask = steps[start - 1]?.task;
      let previousStart = start - 1;
      while (previousStart > 0 && steps[previousStart - 1]?.task === previousTask) previousStart--;
      return previousStart;
    }
  }
}

/** The keys the panel answers to (when focus is in it), as aria-keyshortcuts names them. */
export const KEY_SHORTCUTS: Record<TraceMove, string> = {
  'step-first': 'Home',
  'step-prev': 'ArrowLeft K',
  'step-next': 'ArrowRight J',
  'step-last': 'End',
  'task-prev': 'Shift+ArrowLeft Shift+K',
  'task-next': 'Shift+ArrowRight Shift+J',
};

/** The move a key press asks for, if any. */
export function moveForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): TraceMove | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'Home':
      return 'step-first';
    case 'End':
      return 'step-last';
    case 'ArrowLeft':
    case 'k':
    case 'K':
      return event.shiftKey ? 'task-prev' : 'step-prev';
    case 'ArrowRight':
    case 'j':
    case 'J':
      return event.shiftKey ? 'task-next' : 'step-next';
    default:
      return null;
  }
}
