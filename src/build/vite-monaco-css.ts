import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Monaco imports about a hundred CSS files from its modules. Astro hoists the CSS of
 * dynamically imported modules into every page's <head> (withastro/astro#9495), which
 * would make every lesson download Monaco's styles before anyone edits. This plugin
 * turns those imports into small modules that inject a <style> element when Monaco
 * itself loads, so the styles travel with Monaco's lazy chunk.
 *
 * The virtual id must not end in `.css`, or Vite's CSS pipeline would claim it again.
 */
const VIRTUAL_PREFIX = '\0monaco-style:';
const VIRTUAL_SUFFIX = '.js';

function cssToModule(cssPath: string): string {
  const css = readFileSync(cssPath, 'utf8');
  const assetImports: string[] = [];
  const parts: string[] = [];
  let last = 0;
  // Relative url() references (Monaco's codicon font) become asset imports so the
  // font is emitted and fingerprinted like any other asset.
  for (const match of css.matchAll(/url\((['"]?)(?!data:)([^'")]+)\1\)/g)) {
    const name = `asset${assetImports.length}`;
    assetImports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(cssPath), match[2] ?? '')}?url`)};`);
    parts.push(JSON.stringify(css.slice(last, match.index)), `"url(" + JSON.stringify(${name}) + ")"`);
    last = match.index + match[0].length;
  }
  parts.push(JSON.stringify(css.slice(last)));
  return [
    ...assetImports,
    'const style = document.createElement("style");',
    `style.dataset.source = ${JSON.stringify(cssPath.slice(cssPath.lastIndexOf('monaco-editor')))};`,
    `style.textContent = ${parts.join(' + ')};`,
    'document.head.append(style);',
  ].join('\n');
}

export function monacoCssAsStyleTags(): Plugin {
  return {
    name: 'awaitable:monaco-css-as-style-tags',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || !importer?.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? VIRTUAL_PREFIX + resolved.id + VIRTUAL_SUFFIX : null;
    },
    load(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? cssToModule(id.slice(VIRTUAL_PREFIX.length, -VIRTUAL_SUFFIX.length)) : null;
    },
  };
}
