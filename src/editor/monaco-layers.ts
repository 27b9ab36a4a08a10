/**
 * Evaluates Monaco's core a layer at a time (the chunks of src/build/monaco-chunks.ts),
 * each in a task of its own, lowest layer first, so no single task holds the page for
 * long. Importing one module of a layer evaluates that layer's whole chunk; the layers
 * below it are evaluated already.
 */
import { nextTask } from '../lib/next-task';

const LAYERS: readonly (() => Promise<unknown>)[] = [
  () => import('monaco-editor/base/common/lifecycle'),
  () => import('monaco-editor/platform/instantiation/common/instantiation'),
  () => import('monaco-editor/editor/common/model/textModel'),
  () => import('monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget'),
];

export async function loadMonacoLayers(): Promise<void> {
  for (const layer of LAYERS) {
    await layer();
    await nextTask();
  }
}
