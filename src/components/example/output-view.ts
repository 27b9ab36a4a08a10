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
  /** The box's height as last laid out (kept by an observer: reading it would force a layout). */
  #height = 0;
  /** Whether new lines scroll into view: true until the reader scrolls up from the last line. */
  #followingNewLines = true;
  #scrollFrame = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly onLocationClick: (location: SourceLocation) => void,
  ) {
    new ResizeObserver(([entry]) => (this.#height = entry?.borderBoxSize[0]?.blockSize ?? this.#height)).observe(container);
    container.addEventListener(
      'scroll',
      () => (this.#followingNewLines = container.scrollHeight - container.scrollTop - container.clientHeight < 40),
      { passive: true },
    );
  }

  /**
   * Empties the output. With `keepHeight` (a run starting again) the box keeps its height
   * until `releaseHeight()`: emptied, it would collapse and every later part of the page
   * would move up, then down again at the new run's first line (two shifts the reader sees,
   * and the whole page repainted for each, in the moments the new run needs the CPU).
   */
  clear({ keepHeight = false } = {}): void {
    this.#queue = [];
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // A new run's first line is drawn at once, however recently the last run drew.
    this.#lastDrawn = -Infinity;
    this.#followingNewLines = true;
    if (keepHeight && this.container.childElementCount > 0) {
      this.container.style.minHeight = `${this.#height}px`;
      this.container.dataset['holdingHeight'] = '';
    } else {
      this.releaseHeight();
    }
    this.container.replaceChildren();
  }

  /** Lets the box take the height of what it now shows (see `clear`). */
  releaseHeight(): void {
    if (!('holdingHeight' in this.container.dataset)) return;
    this.container.style.minHeight = '';
    delete this.container.dataset['holdingHeight'];
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
    const fragment = document.createDocumentFragment();
    for (const entry of this.#queue) fragment.append(this.#render(entry));
    this.#queue = [];
    this.container.append(fragment);
    this.#lastDrawn = performance.now();
    if (this.#followingNewLines) this.#scrollToEndBeforePaint();
  }

  /** In the next frame, before it is painted, when it is laid out anyway (now would force a layout of the page). */
  #scrollToEndBeforePaint(): void {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      // The reader may have scrolled up since.
      if (this.#followingNewLines) this.container.scrollTop = this.container.scrollHeight;
    });
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
