// Prism highlights every `code.language-*` on the page by itself unless told, before it
// loads, that the page calls it; this module runs first (see light-highlight.ts).
(globalThis as { Prism?: { manual: boolean; disableWorkerMessageHandler: boolean } }).Prism = {
  manual: true,
  disableWorkerMessageHandler: true,
};
export {};
