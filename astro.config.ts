import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkLessonFiles } from './src/build/remark-lesson-files';
import { monacoCssAsStyleTags } from './src/build/vite-monaco-css';
import { monacoLeanWorkers } from './src/build/vite-monaco-lean-workers';
import { CODE_THEMES } from './src/build/code-themes';
import { afterBuild } from './src/build/after-build';
import { MONACO_CHUNK_GROUPS, RUNNER_CHUNK_GROUP } from './src/build/monaco-chunks';

/**
 * BASE_PATH deploys the site under a sub-path (e.g. BASE_PATH=/awaitable/);
 * OUT_DIR lets tests build a second copy beside dist/.
 */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  base,
  outDir: process.env['OUT_DIR'] ?? './dist',
  // Astro keeps its content store in node_modules/.astro by default; a checkout that shares
  // node_modules with another (a git worktree) would then read the other's lessons.
  cacheDir: './.astro/cache',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // afterBuild: the search index and the service worker, written after every production build.
  integrations: [mdx(), afterBuild()],
  markdown: {
    // Lessons are MDX, which is processed by unified; the plugin gives components their lesson's folder.
    processor: unified({ remarkPlugins: [remarkLessonFiles] }),
    shikiConfig: { themes: CODE_THEMES, defaultColor: false },
  },
  // Used by `astro dev` and `astro preview` (npm start) alike.
  server: { port: 4321, host: true },
  vite: {
    plugins: [monacoCssAsStyleTags(), monacoLeanWorkers()],
    worker: { format: 'es' },
    // Monaco's core as layered chunks, evaluated one per task (src/build/monaco-chunks.ts);
    // the runner in one chunk, which every page with an example loads before any interaction.
    build: { rolldownOptions: { output: { codeSplitting: { groups: [...MONACO_CHUNK_GROUPS, RUNNER_CHUNK_GROUP] } } } },
  },
});
