/**
 * The home page's progress controls, loaded when first used: export the progress as a
 * JSON file, import one (checked first: a refused file changes nothing), and clear it,
 * with Undo for both import and clear.
 */
import { parseProgressText, type Progress } from './progress-schema';
import { clearProgress, loadProgress, saveProgress, storageProblem } from './progress-store';

function fileName(): string {
  return `awaitable-progress-${new Date().toISOString().slice(0, 10)}.json`;
}

export class ProgressControls {
  readonly #message: HTMLElement;
  readonly #fileInput: HTMLInputElement;

  constructor(section: HTMLElement) {
    this.#message = section.querySelector('[data-progress-message]') as HTMLElement;
    this.#fileInput = section.querySelector('input[type="file"]') as HTMLInputElement;
    this.#fileInput.addEventListener('change', () => void this.#importChosenFile());
  }

  run(action: string): void {
    if (action === 'export-progress') this.#export();
    else if (action === 'import-progress') this.#fileInput.click();
    else if (action === 'clear-progress') this.#clear();
  }

  #say(text: string, verdict: 'ok' | 'refused', undo?: Progress): void {
    this.#message.dataset['verdict'] = verdict;
    const words = document.createElement('span');
    words.textContent = text;
    const parts: Node[] = [words];
    if (undo) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['action'] = 'undo-progress';
      button.textContent = 'Undo';
      button.addEventListener('click', () => {
        const saved = saveProgress(undo);
        this.#say(saved.ok ? 'Undone: your progress is back as it was.' : saved.message, saved.ok ? 'ok' : 'refused');
      });
      parts.push(document.createTextNode(' '), button);
    }
    this.#message.replaceChildren(...parts);
  }

  #export(): void {
    const progress = loadProgress();
    const problem = storageProblem();
    if (problem) {
      this.#say(problem, 'refused');
      return;
    }
    const blob = new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(`Exported as ${link.download}. Import it on another device to continue there.`, 'ok');
  }

  async #importChosenFile(): Promise<void> {
    const file = this.#fileInput.files?.[0];
    this.#fileInput.value = '';
    if (!file) return;
    // Progress files are a few kilobytes; a big file is not one and is not read.
    const parsed = file.size > 1_000_000 ? ({ ok: false, reason: 'The file is far too big to be a progress file.' } as const) : parseProgressText(await file.text());
    if (!parsed.ok) {
      this.#say(`${file.name} was not imported: ${parsed.reason} Your progress is unchanged.`, 'refused');
      return;
    }
    const before = loadProgress();
    const saved = saveProgress(parsed.progress);
    if (!saved.ok) {
      this.#say(saved.message, 'refused');
      return;
    }
    const lessons = Object.keys(parsed.progress.lessons).length;
    this.#say(`Imported ${file.name}: progress for ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} replaced what this browser had.`, 'ok', before);
  }

  #clear(): void {
    const before = loadProgress();
    const cleared = clearProgress();
    if (!cleared.ok) {
      this.#say(cleared.message, 'refused');
      return;
    }
    this.#say('Your progress is cleared in this browser.', 'ok', before);
  }
}
