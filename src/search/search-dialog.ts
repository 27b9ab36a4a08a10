/**
 * The search dialog (loaded on first use): a modal `<dialog>` with a search field and a
 * list of results, one per matching section, each naming its lesson and section and
 * linking to the section's anchor. Results come from the Pagefind bundle the build writes
 * to `<base>pagefind/`; it is loaded from there at run time, never bundled.
 */
import { sitePath } from '../lib/site-path';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<PagefindSearch | null>;
}

/** Sections shown at most, so the list stays readable; the count says how many pages matched. */
const MAX_SECTIONS = 12;
const DEBOUNCE_MS = 200;

let pagefind: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
    // The index stores root-relative URLs; a sub-path build prefixes its base.
    await module.options({ baseUrl: import.meta.env.BASE_URL });
    return module;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

export class SearchDialog {
  readonly #dialog: HTMLDialogElement;
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #results: HTMLOListElement;

  constructor(private readonly opener: HTMLElement) {
    this.#dialog = document.createElement('dialog');
    this.#dialog.className = 'search-dialog';
    this.#dialog.dataset['search'] = '';
    this.#dialog.setAttribute('aria-labelledby', 'search-title');
    this.#dialog.innerHTML = `
      <div class="search-head">
        <h2 id="search-title">Search the lessons</h2>
        <button type="button" data-action="close-search">Close</button>
      </div>
      <form role="search" class="search-form">
        <label for="search-input">Words or code to find</label>
        <input id="search-input" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. microtask, AbortSignal.any">
      </form>
      <p class="search-status" role="status" aria-live="polite" data-search-status></p>
      <ol class="search-results" data-search-results></ol>`;
    document.body.append(this.#dialog);
    this.#input = this.#dialog.querySelector('input') as HTMLInputElement;
    this.#status = this.#dialog.querySelector('[data-search-status]') as HTMLElement;
    this.#results = this.#dialog.querySelector('[data-search-results]') as HTMLOListElement;
    this.#input.addEventListener('input', () => void this.#search(this.#input.value));
    this.#dialog.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#results.querySelector('a')?.click();
    });
    this.#dialog.querySelector('[data-action="close-search"]')?.addEventListener('click', () => this.#dialog.close());
    // A result on this page only scrolls: the dialog must close for the reader to see it.
    this.#results.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) this.#dialog.close();
    });
    // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) {
        const box = this.#dialog.getBoundingClientRect();
        const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) this.#dialog.close();
      }
    });
    this.#dialog.addEventListener('close', () => this.opener.focus());
    // Escape in a search field only clears it in Chromium; here it closes the dialog, as everywhere else.
    this.#dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#dialog.close();
      }
    });
  }

  open(): void {
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    void loadPagefind().catch(() => this.#say('Search is not available: its index is missing (it is built by npm run build).'));
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  async #search(term: string): Promise<void> {
    const query = term.trim();
    if (!query) {
      this.#results.replaceChildren();
      this.#say('');
      return;
    }
    let search: PagefindSearch | null;
    try {
      search = await (await loadPagefind()).debouncedSearch(query, {}, DEBOUNCE_MS);
    } catch {
      this.#say('Search is not available: its index could not be loaded.');
      return;
    }
    if (search === null) return; // A newer query replaced this one.
    const pages = await Promise.all(search.results.slice(0, MAX_SECTIONS).map((result) => result.data()));
    if (this.#input.value.trim() !== query) return;
    const items = pages.flatMap((page) => {
      const lesson = page.meta.title ?? page.url;
      const sections = page.sub_results?.length ? page.sub_results : [{ title: lesson, url: page.url, excerpt: page.excerpt }];
      return sections.slice(0, 3).map((section) => this.#item(lesson, section));
    });
    this.#results.replaceChildren(...items.slice(0, MAX_SECTIONS));
    const count = search.results.length;
    this.#say(count === 0 ? `Nothing found for “${query}”.` : `${count} ${count === 1 ? 'page' : 'pages'} found for “${query}”.`);
  }

  #item(lesson: string, section: PagefindSubResult): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = section.url;
    link.className = 'search-result';
    const where = document.createElement('span');
    where.className = 'search-result-lesson';
    where.textContent = lesson;
    link.append(where);
    if (section.title && section.title !== lesson) {
      const heading = document.createElement('span');
      heading.className = 'search-result-section';
      heading.textContent = section.title;
      link.append(document.createTextNode(' › '), heading);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
    excerpt.innerHTML = section.excerpt;
    item.append(link, excerpt);
    return item;
  }
}

/** The dialog's styles, injected with it so pages that never search load none of them. */
const STYLE = `
.search-dialog { width: min(40rem, calc(100vw - 1.5rem)); max-height: min(40rem, calc(100vh - 3rem)); padding: 1rem;
  border: 1px solid var(--border); border-radius: var(--radius); background: var(--bg); color: var(--fg); }
.search-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.search-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
.search-head h2 { margin: 0; font-size: 1.2rem; }
.search-form { display: grid; gap: 0.3rem; margin: 0.75rem 0 0.25rem; }
.search-form input { font: inherit; padding: 0.45rem 0.6rem; border: 1px solid var(--border); border-radius: 6px;
  background: var(--bg-soft); color: var(--fg); }
.search-status { margin: 0.25rem 0; color: var(--fg-soft); font-size: 0.92rem; min-height: 1.4em; }
.search-results { list-style: none; margin: 0; padding: 0; }
.search-results li { border-top: 1px solid var(--border); padding: 0.5rem 0; }
.search-result { font-weight: 600; }
.search-result-section { font-weight: 700; }
.search-result-excerpt { margin: 0.2rem 0 0; font-size: 0.92rem; color: var(--fg-soft); }
.search-result-excerpt mark { background: color-mix(in srgb, var(--accent) 22%, transparent); color: var(--fg); }
`;

if (!document.querySelector('style[data-search-style]')) {
  const style = document.createElement('style');
  style.dataset['searchStyle'] = '';
  style.textContent = STYLE;
  document.head.append(style);
}
