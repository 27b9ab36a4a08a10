/**
 * Progress kept in localStorage under one versioned key. Every access is guarded: a
 * browser that refuses storage (private mode, quota, disabled) gets a message to show,
 * never an exception. Changes are announced with a window event, so marks and the home
 * page's "Continue" link follow them, also when another tab writes.
 */
import { PROGRESS_KEY } from './progress-key';
import { emptyProgress, parseProgressText, type LessonProgress, type Progress } from './progress-schema';

export { PROGRESS_KEY };
export const PROGRESS_CHANGED = 'awaitable:progress-changed';

export type StorageOutcome = { ok: true } | { ok: false; message: string };

/** The latest storage failure, if any, so late-loaded UI can still show it. */
let lastProblem: string | null = null;

export function storageProblem(): string | null {
  return lastProblem;
}

function report(message: string): StorageOutcome {
  lastProblem = message;
  window.dispatchEvent(new CustomEvent(PROGRESS_CHANGED, { detail: { problem: message } }));
  return { ok: false, message };
}

/** The stored progress; empty when nothing (or nothing readable) is stored. */
export function loadProgress(): Progress {
  let text: string | null;
  try {
    text = localStorage.getItem(PROGRESS_KEY);
  } catch {
    lastProblem = 'This browser does not let the site keep your progress (storage is blocked).';
    return emptyProgress();
  }
  if (text === null) return emptyProgress();
  const parsed = parseProgressText(text);
  if (parsed.ok) return parsed.progress;
  lastProblem = `Your saved progress could not be read and is not shown (${parsed.reason}). It is left as it was until you change or clear it.`;
  return emptyProgress();
}

/** Replaces the stored progress as a whole (import, undo of a clear). */
export function saveProgress(progress: Progress): StorageOutcome {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return report(
      full
        ? 'Your progress could not be saved: this browser’s storage for the site is full.'
        : 'Your progress could not be saved: this browser does not let the site store data (private mode?).',
    );
  }
  lastProblem = null;
  window.dispatchEvent(new CustomEvent(PROGRESS_CHANGED, { detail: { problem: null } }));
  return { ok: true };
}

export function clearProgress(): StorageOutcome {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    return report('Your progress could not be cleared: this browser does not let the site change its storage.');
  }
  lastProblem = null;
  window.dispatchEvent(new CustomEvent(PROGRESS_CHANGED, { detail: { problem: null } }));
  return { ok: true };
}

/** Reads, changes one lesson (or the place) and writes back; skips the write when nothing changed. */
export function updateProgress(change: (progress: Progress) => void): StorageOutcome {
  const progress = loadProgress();
  const before = JSON.stringify(progress);
  change(progress);
  return JSON.stringify(progress) === before ? { ok: true } : saveProgress(progress);
}

export function lessonOf(progress: Progress, slug: string): LessonProgress {
  return (progress.lessons[slug] ??= {});
}

/** Calls back on every change, here or in another tab. */
export function onProgressChange(callback: () => void): void {
  window.addEventListener(PROGRESS_CHANGED, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) callback();
  });
}
