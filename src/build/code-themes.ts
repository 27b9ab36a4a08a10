/** Shiki themes for code on every page; CSS picks one by the page's theme (src/styles/global.css). */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;
