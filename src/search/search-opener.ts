/**
 * The header's search entry, on every page. Without JavaScript it is a link to the lesson
 * list; with it, a button (and `/` or Ctrl/Cmd+K) that loads the search dialog on first use.
 */
type SearchDialog = import('./search-dialog').SearchDialog;

/** Keys typed into a field or an editor are the reader's text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor') !== null;
}

export function setUpSearch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
  if (!link) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.dataset['searchOpen'] = '';
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  button.setAttribute('aria-haspopup', 'dialog');
  button.innerHTML = 'Search <kbd aria-hidden="true">/</kbd>';
  link.replaceWith(button);

  let dialog: Promise<SearchDialog> | null = null;
  const open = () => {
    dialog ??= import('./search-dialog').then(({ SearchDialog }) => new SearchDialog(button));
    void dialog.then((search) => search.open());
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    if ((commandK || slash) && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
}
