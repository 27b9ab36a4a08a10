/**
 * Records the reader's progress on a lesson page: read when the summary comes into view,
 * each prediction's first answer (event from predict-element.ts), exercises whose check
 * passed (event from the example element), and the section being read, for "Continue".
 */
import { lessonOf, updateProgress } from './progress-store';

export interface PredictionChecked {
  readonly file: string;
  readonly right: boolean;
}
export interface ExerciseChecked {
  readonly example: string;
  readonly passed: boolean;
}

export const PREDICTION_CHECKED = 'awaitable:prediction-checked';
export const EXERCISE_CHECKED = 'awaitable:exercise-checked';

const PLACE_SAVE_DELAY_MS = 800;
/** A heading this close to the top of the viewport (or above it) is the section being read. */
const READING_LINE_PX = 140;

/** `early`: the prediction and exercise events that happened before this module loaded. */
export function trackLessonProgress(article: HTMLElement, early: readonly Event[] = []): void {
  const slug = article.dataset['lesson'] ?? '';
  const title = article.dataset['lessonTitle'] ?? '';
  if (!slug) return;

  const summary = article.querySelector('#summary');
  if (summary) {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      updateProgress((progress) => void (lessonOf(progress, slug).read = true));
    });
    observer.observe(summary);
  }

  const onPrediction = (event: Event) => {
    const { file, right } = (event as CustomEvent<PredictionChecked>).detail;
    updateProgress((progress) => {
      const predictions = (lessonOf(progress, slug).predictions ??= {});
      // Only the first answer counts: later tries after seeing the verdict are not predictions.
      predictions[file] ??= right ? 'right' : 'wrong';
    });
  };
  const onExercise = (event: Event) => {
    const { example, passed } = (event as CustomEvent<ExerciseChecked>).detail;
    if (!passed || !example.startsWith(`${slug}/`)) return;
    updateProgress((progress) => void ((lessonOf(progress, slug).exercises ??= {})[example] = true));
  };
  for (const event of early) (event.type === PREDICTION_CHECKED ? onPrediction : onExercise)(event);
  document.addEventListener(PREDICTION_CHECKED, onPrediction);
  document.addEventListener(EXERCISE_CHECKED, onExercise);

  const headings = [...article.querySelectorAll<HTMLElement>('h2[id]')];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const savePlace = () => {
    const current = headings.filter((heading) => heading.getBoundingClientRect().top < READING_LINE_PX).pop();
    const section = current?.id ?? '';
    const sectionTitle = current?.textContent?.trim() ?? '';
    updateProgress((progress) => void (progress.last = { lesson: slug, lessonTitle: title, section, sectionTitle }));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(savePlace, PLACE_SAVE_DELAY_MS);
  };
  addEventListener('scroll', later, { passive: true });
  addEventListener('hashchange', later);
  later();
}
