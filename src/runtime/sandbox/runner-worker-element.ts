/** The id of the element of `sandbox.html` that holds the runner worker's source (see src/build/sandbox-document.ts). */
export const RUNNER_WORKER_ELEMENT_ID = 'runner-worker';
