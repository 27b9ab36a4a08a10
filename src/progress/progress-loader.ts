/**
 * Keeps progress code off a first visit's critical path: the tracker and the marks load
 * at once only when progress is stored (or storage is blocked, which the marks report);
 * otherwise on the reader's first scroll, prediction or exercise check. Events that
 * happen before the code arrives are kept and handed to it.
 */
import { PROGRESS_KEY } from './progress-key';

const EVENTS = ['awaitable:prediction-checked', 'awaitable:exercise-checked'];

export function loadLessonProgressWhenNeeded(article: HTMLElement | null): void {
  if (!article) return;
  const early: Event[] = [];
  const keep = (event: Event) => early.push(event);
  for (const type of EVENTS) document.addEventListener(type, keep);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    removeEventListener('scroll', start);
    void Promise.all([import('./progress-tracker'), import('./progress-marks')]).then(([{ trackLessonProgress }, { keepProgressShown }]) => {
      for (const type of EVENTS) document.removeEventListener(type, keep);
      trackLessonProgress(article, early);
      keepProgressShown();
    });
  };
  let stored = true;
  try {
    stored = localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    // Blocked storage: load the marks, which say so.
  }
  if (stored) {
    start();
    return;
  }
  addEventListener('scroll', start, { passive: true });
  for (const type of EVENTS) document.addEventListener(type, start);
}
