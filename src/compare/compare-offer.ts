/**
 * After an exercise's check fails, offers two comparisons under the check's verdict:
 * the reader's code against the solution, and their output against the expected output.
 * The panel loads with the first failed check, the diff library when a diff is opened.
 */
import type { SourceFile } from '../runtime/compile-options';

export interface ExerciseCheckedDetail {
  readonly example: string;
  readonly passed: boolean;
  readonly printed: readonly string[];
  readonly expected: string;
  readonly files: readonly SourceFile[];
}

export function offerSolutionComparison(): void {
  // Read now: after a run the check line's text is replaced by the verdict.
  const solutionFiles = new Map<Element, string>();
  for (const line of document.querySelectorAll('[data-sandbox] [data-check]')) {
    const exercise = line.closest('[data-sandbox]');
    const file = line.querySelector('code')?.textContent;
    if (exercise && file) solutionFiles.set(exercise, file);
  }

  document.addEventListener('awaitable:exercise-checked', (event) => {
    const exercise = event.target as HTMLElement;
    const detail = (event as CustomEvent<ExerciseCheckedDetail>).detail;
    if (detail.passed && !exercise.querySelector('[data-solution-compare]')) return;
    void import('./compare-panel').then(({ showComparison }) => showComparison(exercise, detail, solutionFiles.get(exercise)));
  });
}
