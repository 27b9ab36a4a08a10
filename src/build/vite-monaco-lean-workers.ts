import type { Plugin } from 'vite';

/**
 * Monaco's TypeScript support starts its worker through `vs/internal/common/workers.js`,
 * which also imports, for their side effects, every editor contribution Monaco has
 * (folding, find, suggest, sticky scroll, inline completions, the diff editor...): about
 * 0.9 MB of JavaScript whose evaluation was one main-thread task of 300-450 ms each time
 * the playground opened, for contributions that mostly never attached to the editor
 * (it already existed when they registered). This plugin drops those side-effect imports;
 * the contributions the site uses are imported by src/editor/monaco-features.ts itself.
 */
const WORKERS_MODULE = /\/monaco-editor\/esm\/vs\/internal\/common\/workers\.js$/;
const SIDE_EFFECT_IMPORT = /^import\s+['"][^'"]+['"];?\s*$/gm;

export function monacoLeanWorkers(): Plugin {
  return {
    name: 'awaitable:monaco-lean-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!WORKERS_MODULE.test(id.split('?')[0] ?? id)) return null;
      const lean = code.replace(SIDE_EFFECT_IMPORT, '');
      if (lean === code) this.warn('monaco-editor changed: workers.js has no side-effect imports left to drop');
      return { code: lean, map: null };
    },
  };
}
