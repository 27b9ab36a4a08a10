/**
 * The tabs of a multi-file example: built by the page for programs it loads (lessons'
 * tabs come in the HTML, see ExampleShell.astro), switched by click and arrow keys, and
 * the code or editor pane of the chosen file shown.
 */

/** Replaces the tab list with one tab per file (none for a single file). */
export function renderFileTabs(root: HTMLElement, fileNames: readonly string[], active: number, mainName: string): void {
  root.querySelector('.example-tabs')?.remove();
  if (fileNames.length < 2) return;
  const tabList = document.createElement('div');
  tabList.className = 'example-tabs';
  tabList.setAttribute('role', 'tablist');
  tabList.setAttribute('aria-label', `Files of ${mainName}`);
  for (const [index, name] of fileNames.entries()) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.dataset['fileTab'] = name;
    tab.setAttribute('aria-selected', String(index === active));
    tab.tabIndex = index === active ? 0 : -1;
    tab.textContent = name.split('/').pop() ?? name;
    tabList.append(tab);
  }
  root.querySelector('.example-bar')?.after(tabList);
}

/** Click and arrow keys (Left, Right, Home, End) on the tabs call `select` with a file's index. */
export function wireFileTabs(root: HTMLElement, select: (index: number) => void): void {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-file-tab]')];
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : step ? (index + step + tabs.length) % tabs.length : null;
      if (target === null) return;
      event.preventDefault();
      select(target);
      tabs[target]?.focus();
    });
  });
}

/** Marks file `index`'s tab as selected and shows its highlighted code or editor pane alone. */
export function showFilePanes(root: HTMLElement, index: number): void {
  root.querySelectorAll<HTMLElement>('[data-file-tab]').forEach((tab, tabIndex) => {
    tab.setAttribute('aria-selected', String(tabIndex === index));
    tab.tabIndex = tabIndex === index ? 0 : -1;
  });
  root.querySelectorAll<HTMLElement>('[data-code] [data-file-panel]').forEach((panel, panelIndex) => {
    panel.hidden = panelIndex !== index;
  });
  root.querySelectorAll<HTMLElement>('[data-editor] [data-editor-pane]').forEach((pane, paneIndex) => {
    pane.hidden = paneIndex !== index;
  });
}
