/** The header's theme button: flips between light and dark and remembers the choice. */
const STORAGE_KEY = 'awaitable:theme';

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function setUpThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    show();
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // The choice still applies to this page; it just won't be remembered.
      }
      show();
    });
  }
}
