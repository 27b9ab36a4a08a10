/**
 * Highlighting for a playground program the build did not see (a link's, the reader's
 * last one): Prism's TypeScript grammar, a few KB, so the program shows highlighted at
 * once while Monaco loads. Colours are the site's code themes' (see playground.astro).
 */
import './prism-manual';
import Prism from 'prismjs';
import 'prismjs/components/prism-typescript';

type TokenStream = string | Prism.Token | TokenStream[];

function append(parent: Node, stream: TokenStream): void {
  if (typeof stream === 'string') {
    parent.appendChild(document.createTextNode(stream));
    return;
  }
  if (Array.isArray(stream)) {
    for (const part of stream) append(parent, part);
    return;
  }
  const span = document.createElement('span');
  span.className = `token ${stream.type}${stream.alias ? ` ${[stream.alias].flat().join(' ')}` : ''}`;
  append(span, stream.content as TokenStream);
  parent.appendChild(span);
}

/** Replaces `pre`'s text with the same text in highlighted spans (built as nodes, never parsed as HTML). */
export function highlightTypeScript(pre: HTMLElement, source: string): void {
  const grammar = Prism.languages['typescript'];
  if (!grammar) return;
  const code = document.createElement('code');
  append(code, Prism.tokenize(source, grammar));
  pre.replaceChildren(code);
  pre.classList.add('light-highlight');
}
