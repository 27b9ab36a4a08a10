/**
 * Renders a line diff (jsdiff's `diffLines`) as an accessible listing: removed lines in
 * `<del>`, added lines in `<ins>`, each also marked with a visible "−"/"+" and a hidden
 * word, so the difference never rests on colour alone.
 */
import { diffLines } from 'diff';

export interface DiffLabels {
  readonly kind: 'code' | 'output';
  /** What the removed ("−") lines are: the reader's. */
  readonly mine: string;
  /** What the added ("+") lines are: the solution's or the expected ones. */
  readonly theirs: string;
}

function lineElement(tag: 'ins' | 'del' | 'span', marker: string, hidden: string, text: string): HTMLElement {
  const line = document.createElement(tag);
  line.className = 'diff-line';
  const mark = document.createElement('span');
  mark.className = 'diff-marker';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = marker;
  line.append(mark);
  if (hidden) {
    const word = document.createElement('span');
    word.className = 'visually-hidden';
    word.textContent = hidden;
    line.append(word);
  }
  line.append(document.createTextNode(text === '' ? ' ' : text));
  return line;
}

export function renderDiff(mine: string, theirs: string, labels: DiffLabels): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'solution-diff';
  figure.dataset['diff'] = labels.kind;
  const caption = document.createElement('figcaption');
  caption.innerHTML = `<span class="diff-legend"><del>− <span></span></del> <ins>+ <span></span></ins></span>`;
  const [delLabel, insLabel] = caption.querySelectorAll('del span, ins span');
  delLabel!.textContent = `${labels.mine} (lines only in it)`;
  insLabel!.textContent = `${labels.theirs} (lines only in it)`;
  figure.append(caption);
  const listing = document.createElement('pre');
  listing.tabIndex = 0;
  listing.setAttribute('aria-label', `${labels.mine} compared with ${labels.theirs}`);
  const changes = diffLines(mine.endsWith('\n') ? mine : `${mine}\n`, theirs.endsWith('\n') ? theirs : `${theirs}\n`);
  let differences = 0;
  for (const change of changes) {
    const lines = change.value.replace(/\n$/, '').split('\n');
    if (change.added || change.removed) differences += lines.length;
    for (const text of lines) {
      listing.append(
        change.removed
          ? lineElement('del', '− ', `${labels.mine}: `, text)
          : change.added
            ? lineElement('ins', '+ ', `${labels.theirs}: `, text)
            : lineElement('span', '  ', '', text),
        '\n',
      );
    }
  }
  if (differences === 0) {
    const same = document.createElement('p');
    same.textContent = `No difference: ${labels.mine.toLowerCase()} matches.`;
    figure.append(same);
  } else figure.append(listing);
  return figure;
}

/** Injected with the diff, so pages whose reader never compares load none of it. */
const STYLE = `
.solution-diff { margin: 0.5rem 0; }
.solution-diff figcaption { font-size: 0.9rem; margin-bottom: 0.3rem; }
.solution-diff .diff-legend { display: inline-flex; flex-wrap: wrap; gap: 0.75rem; }
.solution-diff pre { margin: 0; }
.solution-diff .diff-line { display: inline-block; min-width: 100%; text-decoration: none; }
.solution-diff del { background: var(--error-bg); color: var(--fg); text-decoration: none; }
.solution-diff ins { background: color-mix(in srgb, var(--ok) 18%, var(--bg)); color: var(--fg); text-decoration: none; }
.solution-diff .diff-marker { font-weight: 700; user-select: none; }
`;

if (!document.querySelector('style[data-diff-style]')) {
  const style = document.createElement('style');
  style.dataset['diffStyle'] = '';
  style.textContent = STYLE;
  document.head.append(style);
}
