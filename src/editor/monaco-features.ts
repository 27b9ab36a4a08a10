/**
 * The second of Monaco's loading phases (see mount-editor.ts): the editor features a
 * learner needs and TypeScript support, with the workers Vite bundles (never a CDN).
 */
import 'monaco-editor/languages/definitions/typescript/register';
// The bare editor has no features beyond typing; these are the ones a learner needs, kept
// few because every one adds to the time from Edit to a usable editor: hover types,
// error navigation (F8), comments (Ctrl+/), bracket matching and word-wise editing.
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
import { ModuleKind, type ModuleResolutionKind, ScriptTarget, typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

declare global {
  interface Window {
    // Monaco accepts a promise (it wraps the answer in Promise.resolve).
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker | Promise<Worker> };
  }
}

/**
 * TypeScript's worker is a 7 MB script that starts checking the code as soon as an editor
 * shows it. Started as the editor opens, it took CPU from the page just when the reader
 * starts to use it (a phone or a two-core laptop has little to spare), so Monaco's request
 * for it waits until startTypeScriptWorker(): on the reader's first move in an editor, or
 * once the page has been idle for a moment (see monaco-editor.ts).
 */
let allowTypeScriptWorker: () => void = () => {};
const typeScriptWorkerAllowed = new Promise<void>((resolve) => (allowTypeScriptWorker = resolve));

export function startTypeScriptWorker(): void {
  allowTypeScriptWorker();
}

window.MonacoEnvironment = {
  getWorker: (_workerId, label) =>
    label === 'typescript' || label === 'javascript' ? typeScriptWorkerAllowed.then(() => new TypeScriptWorker()) : new EditorWorker(),
};

const BUNDLER_MODULE_RESOLUTION = 100 as ModuleResolutionKind;

typescriptDefaults.setCompilerOptions({
  // Monaco's ScriptTarget has no ES2022 member (an unknown value silently means ES5).
  target: ScriptTarget.ESNext,
  module: ModuleKind.ESNext,
  strict: true,
  noEmit: true,
  // Multi-file examples import each other as `./queue.ts`, as Node runs them.
  allowImportingTsExtensions: true,
  // TypeScript's "bundler" resolution (100; Monaco's enum stops at NodeJs), as esbuild
  // resolves them: the default for ESNext modules, "classic", reports `../x.ts` as missing.
  moduleResolution: BUNDLER_MODULE_RESOLUTION,
  // Every example is its own module, so two examples may both declare `sleep`.
  moduleDetection: 3,
});
