/**
 * The lesson list is open in the HTML so that it works with no JavaScript; on a narrow
 * screen it would push the lesson below the fold, so it starts closed there.
 */
export function collapseLessonMenuOnSmallScreens(): void {
  if (!matchMedia('(max-width: 59.99rem)').matches) return;
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('.lesson-nav-menu')) menu.open = false;
}
