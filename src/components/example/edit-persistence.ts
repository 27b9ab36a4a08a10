/**
 * Keeping a lesson example's edits across reloads (until Reset): one storage entry per
 * edited file, removed when a file is back to its original code.
 */
import { clearEdit, loadEdit, saveEdit } from './edit-store';
import type { ExampleFile } from './example-files';

/** The main file keeps the example's own key, so single-file examples read as before. */
export function editStorageKey(exampleId: string, files: readonly ExampleFile[], index: number): string {
  return index === 0 ? exampleId : `${exampleId}::${files[index]?.name ?? index}`;
}

/** Puts saved edits into `files`; calls `show` for each file whose code it changed. */
export function restoreSavedEdits(exampleId: string, files: readonly ExampleFile[], show: (index: number, source: string) => void): void {
  files.forEach((file, index) => {
    const saved = loadEdit(editStorageKey(exampleId, files, index));
    if (saved !== null && saved !== file.original) {
      file.source = saved;
      show(index, saved);
    }
  });
}

/** Saves every edited file (and forgets unedited ones); returns what went wrong, if anything. */
export function persistEdits(exampleId: string, files: readonly ExampleFile[]): string | null {
  let problem: string | null = null;
  files.forEach((file, index) => {
    const key = editStorageKey(exampleId, files, index);
    if (file.source === file.original) {
      clearEdit(key);
      return;
    }
    const result = saveEdit(key, file.source);
    if (!result.saved) problem = `Your edits could not be saved (${result.reason}); they will be lost on reload.`;
  });
  return problem;
}

export function forgetEdits(exampleId: string, files: readonly ExampleFile[]): void {
  files.forEach((_, index) => clearEdit(editStorageKey(exampleId, files, index)));
}
