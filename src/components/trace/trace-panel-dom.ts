/**
 * The step-through panel's markup (shared/CONTRACT.md, "Step-through panel"): status,
 * controls with their keyboard shortcuts, the description, the lists and the output.
 * Built once per example; trace-panel.ts fills it in.
 */
import { KEY_SHORTCUTS, type TraceMove } from './trace-navigation';

export interface TracePanelParts {
  readonly root: HTMLElement;
  readonly statusText: HTMLElement;
  readonly difference: HTMLElement;
  readonly buttons: Readonly<Record<TraceMove, HTMLButtonElement>>;
  readonly play: HTMLButtonElement;
  readonly speed: HTMLSelectElement;
  readonly close: HTMLButtonElement;
  readonly scrubber: HTMLInputElement;
  readonly position: HTMLElement;
  readonly clock: HTMLElement;
  readonly description: HTMLElement;
  readonly announcer: HTMLElement;
  readonly stack: HTMLElement;
  readonly microtasks: HTMLElement;
  readonly tasks: HTMLElement;
  readonly timers: HTMLElement;
  readonly promises: HTMLElement;
  readonly output: HTMLElement;
}

const MOVES: readonly { move: TraceMove; label: string; icon: string }[] = [
  { move: 'step-first', label: 'First step', icon: '⏮' },
  { move: 'task-prev', label: 'Previous task', icon: '⏪' },
  { move: 'step-prev', label: 'Previous step', icon: '◀' },
  { move: 'step-next', label: 'Next step', icon: '▶' },
  { move: 'task-next', label: 'Next task', icon: '⏩' },
  { move: 'step-last', label: 'Last step', icon: '⏭' },
];

/** Steps per second the reader can choose for Play. */
export const PLAY_SPEEDS = [1, 2, 4, 8] as const;

let panelCount = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

export function buildTracePanel(fileName: string): TracePanelParts {
  const id = `trace-${++panelCount}`;
  const root = element('section', {
    class: 'trace-panel',
    'data-trace': '',
    'data-status': 'recording',
    'data-steps': '0',
    'data-step': '0',
    'aria-labelledby': `${id}-title`,
    tabindex: '-1',
  });

  const head = element('div', { class: 'trace-head' });
  const title = element('p', { class: 'trace-title', id: `${id}-title` }, `Step through ${fileName}`);
  const close = element('button', { type: 'button', 'data-action': 'close-trace' }, 'Close');
  head.append(title, close);
  const statusText = element('p', { class: 'trace-status-text', 'aria-live': 'polite' });
  const difference = element('p', { class: 'trace-difference', 'data-trace-difference': '' });
  difference.hidden = true;

  const controls = element('div', { class: 'trace-controls', role: 'group', 'aria-label': 'Step controls' });
  const buttons = {} as Record<TraceMove, HTMLButtonElement>;
  for (const { move, label, icon } of MOVES) {
    const button = element('button', { type: 'button', 'data-action': move, 'aria-label': label, title: `${label} (${KEY_SHORTCUTS[move].split(' ')[0]})`, 'aria-keyshortcuts': KEY_SHORTCUTS[move] });
    button.append(element('span', { 'aria-hidden': 'true' }, icon));
    buttons[move] = button;
  }
  const play = element('button', { type: 'button', 'data-action': 'play', 'aria-pressed': 'false', 'aria-keyshortcuts': 'P' }, 'Play');
  const speed = element('select', { 'aria-label': 'Play speed' });
  for (const stepsPerSecond of PLAY_SPEEDS) speed.append(element('option', { value: String(stepsPerSecond) }, `${stepsPerSecond} step${stepsPerSecond === 1 ? '' : 's'}/s`));
  speed.value = '2';
  const scrubber = element('input', { type: 'range', class: 'trace-scrubber', min: '0', max: '0', value: '0', step: '1', 'aria-label': 'Step', 'data-trace-scrubber': '' });
  const position = element('span', { class: 'trace-position' }, 'Step 0 of 0');
  const clockWrap = element('span', { class: 'trace-clock-wrap' });
  const clock = element('span', { class: 'trace-clock', 'data-trace-clock': '' }, '0 ms');
  clockWrap.append(element('span', { class: 'visually-hidden' }, 'Virtual clock: '), element('span', { 'aria-hidden': 'true' }, '⏱ '), clock);
  controls.append(buttons['step-first'], buttons['task-prev'], buttons['step-prev'], buttons['step-next'], buttons['task-next'], buttons['step-last'], play, speed, scrubber, position, clockWrap);

  const keys = element('p', { class: 'trace-keys' }, 'Keys in this panel: ← → (or K J) a step, Shift+← → a task, Home / End, P to play or pause.');
  const description = element('p', { class: 'trace-description', 'data-trace-description': '' });
  const announcer = element('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-trace-announcer': '' });

  const grid = element('div', { class: 'trace-grid' });
  const region = (key: string, label: string, extraClass = ''): HTMLElement => {
    const box = element('div', { class: `trace-region ${extraClass}`.trim() });
    const heading = element('h4', { class: 'trace-region-title', id: `${id}-${key}` }, label);
    box.append(heading);
    grid.append(box);
    return box;
  };
  const list = (key: string, label: string): HTMLElement => {
    const box = region(key, label);
    // Focusable, as it scrolls when long.
    const ol = element('ol', { [`data-trace-${key}`]: '', 'aria-labelledby': `${id}-${key}`, tabindex: '0' });
    box.append(ol);
    return ol;
  };
  const stack = list('stack', 'Call stack (innermost first)');
  const microtasks = list('microtasks', 'Microtask queue');
  const tasks = list('tasks', 'Task queue (due)');
  const timers = list('timers', 'Timers waiting');
  const promises = list('promises', 'Promises');
  const outputBox = region('output', 'Output so far', 'trace-output-region');
  const output = element('div', { class: 'example-output', 'data-trace-output': '', 'aria-labelledby': `${id}-output`, tabindex: '0', role: 'region' });
  outputBox.append(output);

  root.append(head, statusText, difference, controls, keys, description, announcer, grid);
  return { root, statusText, difference, buttons, play, speed, close, scrubber, position, clock, description, announcer, stack, microtasks, tasks, timers, promises, output };
}
