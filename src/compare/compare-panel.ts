/**
 * The comparison panel under a failed exercise check (loaded with the first failure):
 * two buttons, each opening a diff, of the code against the solution and of the output
 * against the expected output. The diff library loads when one is opened.
 */
import type { SourceFile } from '../runtime/compile-options';
import type { ExerciseCheckedDetail } from './compare-offer';

/** The solution's code, from its own example on the page (the exercise names the file in its check line). */
function solutionSource(exercise: HTMLElement, solutionFile: string): string | null {
  const lesson = (exercise.dataset['example'] ?? '').split('/')[0];
  const script = document.querySelector(`[data-sandbox][data-example="${CSS.escape(`${lesson}/${solutionFile}`)}"] script[data-program]`);
  if (!script?.textContent) return null;
  const { files } = JSON.parse(script.textContent) as { files: SourceFile[] };
  return files[0]?.source ?? null;
}

/** Shows (or, once the check passes, removes) the comparison panel of an exercise. */
export function showComparison(exercise: HTMLElement, detail: ExerciseCheckedDetail, solutionFile: string | undefined): void {
  let panel = exercise.querySelector<HTMLElement>('[data-solution-compare]');
  if (detail.passed) {
    panel?.remove();
    return;
  }
  const solution = solutionFile ? solutionSource(exercise, solutionFile) : null;
  if (!panel) {
    panel = document.createElement('div');
    panel.className = 'solution-compare';
    panel.dataset['solutionCompare'] = '';
    panel.innerHTML = `<div class="solution-compare-actions" role="group" aria-label="Compare with the solution" style="display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0">
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
}
