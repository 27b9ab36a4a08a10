/**
 * Shiki themes for code on every page; CSS picks one by the page's theme (src/styles/global.css).
 * The high-contrast GitHub themes: the plain ones have comment and keyword colours below WCAG AA.
 */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
