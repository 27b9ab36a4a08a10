// Modules of Monaco's core that monaco-layers.ts imports only to evaluate their layer's
// chunk; Monaco ships no types for them, and none are needed.
declare module 'monaco-editor/base/common/lifecycle';
declare module 'monaco-editor/platform/instantiation/common/instantiation';
declare module 'monaco-editor/editor/common/model/textModel';
declare module 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
