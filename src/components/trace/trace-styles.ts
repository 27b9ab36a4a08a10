/**
 * The step-through panel's styles, injected when the panel first opens: a stylesheet
 * imported from this lazily loaded module would be hoisted into every lesson page's
 * `<head>` by Astro (withastro/astro#9495), growing pages that never use the panel.
 */
const CSS = `
.trace-panel {
  border-top: 1px solid var(--border);
  padding: 0.6rem 0.75rem 0.75rem;
  background: var(--bg);
  font-size: 0.9rem;
}
.trace-panel:focus-visible { outline-offset: -3px; }
.trace-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25rem 0.75rem; }
.trace-title { margin: 0; font-weight: 600; }
.trace-status-text { margin: 0.25rem 0; color: var(--fg-soft); }
.trace-panel[data-status='truncated'] .trace-status-text { color: var(--warn); }
.trace-panel[data-status='failed'] .trace-status-text { color: var(--error); }
.trace-difference { margin: 0.25rem 0; padding: 0.3rem 0.5rem; color: var(--warn); background: var(--warn-bg); border-radius: 6px; }
.trace-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem; margin: 0.4rem 0; }
.trace-controls button { min-width: 2.4rem; }
.trace-controls button[aria-pressed='true'] { background: var(--accent); color: var(--accent-fg); }
.trace-scrubber { flex: 1 1 12rem; min-width: 8rem; accent-color: var(--accent); }
.trace-position, .trace-clock { font-variant-numeric: tabular-nums; color: var(--fg-soft); }
.trace-clock { font-family: var(--mono); }
.trace-speed { display: inline-flex; gap: 0.3rem; align-items: center; color: var(--fg-soft); }
.trace-description { margin: 0.35rem 0 0.5rem; padding: 0.35rem 0.6rem; border-left: 3px solid var(--accent); background: var(--bg-soft); min-height: 1.5em; }
.trace-keys { margin: 0 0 0.4rem; font-size: 0.8rem; color: var(--fg-soft); }
.trace-grid { display: grid; gap: 0.6rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 48rem) { .trace-grid { grid-template-columns: repeat(3, minmax(0, 1fr)); } .trace-grid .trace-output-region { grid-column: 1 / -1; } }
/* Contained and of bounded height, so drawing a step lays out the panel's boxes, not the page. */
.trace-region { min-width: 0; border: 1px solid var(--border); border-radius: 6px; padding: 0.3rem 0.5rem; background: var(--bg-code); contain: content; }
.trace-region ol { max-height: 12rem; overflow: auto; }
.trace-region h4 { margin: 0 0 0.2rem; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fg-soft); }
.trace-region ol { margin: 0; padding: 0; list-style: none; font: 0.8rem/1.4 var(--mono); }
.trace-region li { padding: 0.1rem 0; border-bottom: 1px solid color-mix(in srgb, var(--border) 45%, transparent); overflow-wrap: anywhere; }
.trace-region li:last-child { border-bottom: 0; }
.trace-region ol:empty::before { content: 'empty'; color: var(--fg-soft); font-style: italic; font-family: var(--font); }
.trace-region li[data-state='fulfilled'] { color: var(--ok); }
.trace-region li[data-state='rejected'] { color: var(--error); }
.trace-region .trace-more { color: var(--fg-soft); font-style: italic; font-family: var(--font); }
.trace-output-region .example-output { max-height: 14rem; }
.trace-output-region .example-output:empty { display: block; min-height: 1.5em; }
.example-code .line.trace-current-line, .plain-source .trace-line.trace-current-line {
  background: color-mix(in srgb, var(--accent) 22%, transparent);
  box-shadow: inset 3px 0 0 var(--accent);
}
.plain-source .trace-line { display: inline-block; min-width: 100%; }
.trace-monaco-line { background: color-mix(in srgb, var(--accent) 22%, transparent); }
.trace-monaco-glyph { background: var(--accent); width: 3px !important; margin-left: 3px; }
`;

let injected = false;

export function injectTraceStyles(): void {
  if (injected) return;
  injected = true;
  const style = document.createElement('style');
  style.dataset['traceStyles'] = '';
  style.textContent = CSS;
  document.head.append(style);
}
