/**
 * After an exercise's check fails, offers two comparisons under the check's verdict:
 * the reader's code against the solution, and their output against the expected output.
 * The diff itself (and its library) loads only when the reader asks for one.
 */
import type { SourceFile } from '../runtime/compile-options';

export interface ExerciseCheckedDetail {
  readonly example: string;
  readonly passed: boolean;
  readonly printed: readonly string[];
  readonly expected: string;
  readonly files: readonly SourceFile[];
}

/** The solution's code, from its own example on the page (the exercise names the file in its check line). */
function solutionSource(exercise: HTMLElement, solutionFile: string): string | null {
  const lesson = (exercise.dataset['example'] ?? '').split('/')[0];
  const script = document.querySelector(`[data-sandbox][data-example="${CSS.escape(`${lesson}/${solutionFile}`)}"] script[data-program]`);
  if (!script?.textContent) return null;
  const { files } = JSON.parse(script.textContent) as { files: SourceFile[] };
  return files[0]?.source ?? null;
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
    let panel = exercise.querySelector<HTMLElement>('[data-solution-compare]');
    if (detail.passed) {
      panel?.remove();
      return;
    }
    const solutionFile = solutionFiles.get(exercise);
    const solution = solutionFile ? solutionSource(exercise, solutionFile) : null;
    if (!panel) {
      panel = document.createElement('div');
      panel.className = 'solution-compare';
      panel.dataset['solutionCompare'] = '';
      panel.innerHTML = `<div class="solution-compare-actions" role="group" aria-label="Compare with the solution">
        <button type="button" data-action="diff-code" aria-expanded="false">Compare your code with the solution</button>
        <button type="button" data-action="diff-output" aria-expanded="false">Compare your output with the expected output</button>
      </div><div data-diff-view></div>`;
      exercise.querySelector('[data-check]')?.after(panel);
    }
    const codeButton = panel.querySelector<HTMLButtonElement>('[data-action="diff-code"]')!;
    codeButton.hidden = solution === null;
    const view = panel.querySelector<HTMLElement>('[data-diff-view]')!;
    const show = async (kind: 'code' | 'output', button: HTMLButtonElement) => {
      const open = button.getAttribute('aria-expanded') === 'true';
      for (const other of panel!.querySelectorAll('[aria-expanded]')) other.setAttribute('aria-expanded', 'false');
      if (open) {
        view.replaceChildren();
        return;
      }
      const { renderDiff } = await import('./solution-diff');
      const printed = detail.printed.length ? `${detail.printed.join('\n')}\n` : '';
      view.replaceChildren(
        kind === 'code'
          ? renderDiff(detail.files[0]?.source ?? '', solution ?? '', { kind, mine: 'Your code', theirs: `The solution (${solutionFile})` })
          : renderDiff(printed, detail.expected, { kind, mine: 'Your output', theirs: 'Expected output' }),
      );
      button.setAttribute('aria-expanded', 'true');
    };
    // Each failed check brings new code and output: the buttons compare the latest ones.
    codeButton.onclick = () => void show('code', codeButton);
    const outputButton = panel.querySelector<HTMLButtonElement>('[data-action="diff-output"]')!;
    outputButton.onclick = () => void show('output', outputButton);
    view.replaceChildren();
    for (const button of panel.querySelectorAll('[aria-expanded]')) button.setAttribute('aria-expanded', 'false');
  });
}
