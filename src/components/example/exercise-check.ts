/**
 * The line under an exercise that says, after each run, whether the reader's program
 * printed exactly the solution's recorded output (embedded as `script[data-check-output]`).
 */
import type { SourceFile } from '../../runtime/compile-options';
import type { ExerciseCheckedDetail } from '../../compare/compare-offer';
import type { ExampleStatus } from './status-text';

export class ExerciseCheck {
  readonly #line: HTMLElement | null;
  /** The solution's recorded output; null when the example has no check. */
  readonly #expected: string | null;
  readonly #prompt: string;

  readonly #root: HTMLElement;
  /** Counts shows, so a check still loading its comparison does not overwrite a newer one. */
  #shown = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#line = root.querySelector<HTMLElement>('[data-check]');
    const script = root.querySelector<HTMLScriptElement>('script[data-check-output]');
    this.#expected = script?.textContent ? (JSON.parse(script.textContent) as string) : null;
    this.#prompt = this.#line?.textContent ?? '';
  }

  /**
   * `null`: a new run started; `idle`: back to the prompt; otherwise the run's final status,
   * what it printed and the files it ran. A finished check is announced as an
   * `awaitable:exercise-checked` event for the reader's progress and the solution comparison.
   */
  show(status: ExampleStatus | null, printed: readonly string[] = [], files: readonly SourceFile[] = []): void {
    const line = this.#line;
    const expected = this.#expected;
    if (!line || expected === null) return;
    const shown = ++this.#shown;
    if (status === null || status === 'idle') {
      delete line.dataset['passed'];
      line.textContent = status === null ? 'Automatic check: waiting for the run to end…' : this.#prompt;
      return;
    }
    // Loaded when a check is first made: most examples are not exercises.
    void import('./output-check').then(({ checkOutput }) => {
      if (shown !== this.#shown) return;
      this.#report(line, expected, status, printed, files, checkOutput);
    });
  }

  #report(
    line: HTMLElement,
    expected: string,
    status: ExampleStatus,
    printed: readonly string[],
    files: readonly SourceFile[],
    checkOutput: typeof import('./output-check').checkOutput,
  ): void {
    const check =
      status === 'done'
        ? checkOutput(printed, expected)
        : { passed: false as const, reason: `the program did not finish on its own (${status === 'error' ? 'an uncaught error' : status}).` };
    line.dataset['passed'] = String(check.passed);
    const detail: ExerciseCheckedDetail = { example: this.#root.dataset['example'] ?? 'example', passed: check.passed, printed, expected, files };
    this.#root.dispatchEvent(new CustomEvent('awaitable:exercise-checked', { bubbles: true, detail }));
    line.textContent = check.passed
      ? '✓ Check passed: your program prints exactly what the solution prints.'
      : `✗ Not yet: ${check.reason}`;
  }
}
