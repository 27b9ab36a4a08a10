import type { DisplayEntry } from '../../runtime/runner';
import type { SourceLocation } from '../../runtime/protocol';

/**
 * Renders output entries into `[data-output]` as the contract describes: one
 * `[data-entry]` per console call or runner message, its printed text alone in
 * `[data-text]`, anything else (level icons, "go to line" buttons) in `[data-meta]`.
 * Entries are added once per animation frame, however fast they arrive.
 */
const LEVEL_LABELS: Partial<Record<DisplayEntry['level'], { icon: string; label: string }>> = {
  warn: { icon: '⚠', label: 'Warning:' },
  error: { icon: '✖', label: 'Error:' },
  system: { icon: 'ℹ', label: 'Runner:' },
};

const QUIET_SPELL_MS = 50;

export class OutputView {
  #queue: DisplayEntry[] = [];
  #frame = 0;
  #lastDrawn = -Infinity;

  constructor(
    private readonly container: HTMLElement,
    private readonly onLocationClick: (location: SourceLocation) => void,
  ) {}

  clear(): void {
    this.#queue = [];
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.container.replaceChildren();
  }

  append(entries: readonly DisplayEntry[]): void {
    this.#queue.push(...entries);
    if (this.#frame) return;
    // After a quiet spell (the first output of a run, a log after a pause) draw at once;
    // under a stream of output, draw once per frame.
    if (performance.now() - this.#lastDrawn > QUIET_SPELL_MS) {
      this.flush();
      return;
    }
    this.#frame = requestAnimationFrame(() => this.flush());
  }

  /** Renders whatever is queued now (also used before the final status is shown). */
  flush(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    if (this.#queue.length === 0) return;
    const stickToBottom = this.container.scrollHeight - this.container.scrollTop - this.container.clientHeight < 40;
    const fragment = document.createDocumentFragment();
    for (const entry of this.#queue) fragment.append(this.#render(entry));
    this.#queue = [];
    this.container.append(fragment);
    this.#lastDrawn = performance.now();
    if (stickToBottom) this.container.scrollTop = this.container.scrollHeight;
  }

  #render(entry: DisplayEntry): HTMLElement {
    const row = document.createElement('div');
    row.dataset['entry'] = '';
    row.dataset['level'] = entry.level;
    const labels = LEVEL_LABELS[entry.level];
    if (labels || entry.location) {
      const meta = document.createElement('span');
      meta.dataset['meta'] = '';
      if (labels) {
        const icon = document.createElement('span');
        icon.setAttribute('aria-hidden', 'true');
        icon.textContent = labels.icon;
        const label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = labels.label;
        meta.append(icon, label);
      }
      if (entry.location) meta.append(this.#locationButton(entry.location));
      row.append(meta);
    }
    const text = document.createElement('span');
    text.dataset['text'] = '';
    text.textContent = entry.text;
    row.append(text);
    return row;
  }

  #locationButton(location: SourceLocation): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `line ${location.line}`;
    button.setAttribute('aria-label', `Show line ${location.line}, column ${location.column} in the editor`);
    button.addEventListener('click', () => this.onLocationClick(location));
    return button;
  }
}
