/**
 * Shows each lesson's state wherever the page lists lessons (the lesson sidebar, the home
 * page): any element with `data-progress-lesson="<slug>"` gets a mark, in words, and
 * data attributes tests and styles can read. Also fills the home page's "Continue" link
 * and the line that reports storage failures.
 */
import { summariseLesson, type Progress } from './progress-schema';
import { loadProgress, onProgressChange, storageProblem } from './progress-store';
import { sitePath } from '../lib/site-path';

function markText(progress: Progress, slug: string): string {
  const { read, predictionsRight, predictionsAnswered, exercisesSolved } = summariseLesson(progress.lessons[slug]);
  const parts: string[] = [];
  if (read) parts.push('✓ Read');
  if (predictionsAnswered > 0) parts.push(`Predictions: ${predictionsRight} of ${predictionsAnswered} right`);
  if (exercisesSolved > 0) parts.push('✓ Exercise solved');
  return parts.join(' · ');
}

export function showProgress(): void {
  const progress = loadProgress();
  for (const item of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const slug = item.dataset['progressLesson'] ?? '';
    const { read, predictionsRight, predictionsAnswered, exercisesSolved } = summariseLesson(progress.lessons[slug]);
    item.toggleAttribute('data-read', read);
    item.dataset['predictions'] = `${predictionsRight}/${predictionsAnswered}`;
    item.toggleAttribute('data-exercise-solved', exercisesSolved > 0);
    let mark = item.querySelector<HTMLElement>('[data-progress-mark]');
    const text = markText(progress, slug);
    if (!mark && text) {
      mark = document.createElement('span');
      mark.className = 'progress-mark';
      mark.dataset['progressMark'] = '';
      item.append(mark);
    }
    if (mark) mark.textContent = text;
  }
  const resume = document.querySelector<HTMLAnchorElement>('[data-continue]');
  if (resume) {
    const last = progress.last;
    resume.hidden = !last;
    if (last) {
      resume.href = sitePath(`lessons/${last.lesson}/${last.section ? `#${encodeURIComponent(last.section)}` : ''}`);
      resume.textContent = `Continue: ${last.lessonTitle}${last.sectionTitle ? `, ${last.sectionTitle}` : ''}`;
    }
  }
  for (const line of document.querySelectorAll<HTMLElement>('[data-progress-problem]')) {
    const problem = storageProblem();
    line.hidden = problem === null;
    line.textContent = problem ?? '';
  }
}

export function keepProgressShown(): void {
  showProgress();
  onProgressChange(showProgress);
}
