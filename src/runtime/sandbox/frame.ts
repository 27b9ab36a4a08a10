/**
 * The script of `sandbox.html`, a document the host loads in an iframe with
 * `sandbox="allow-scripts"`: an opaque origin, so nothing in it can read the site's
 * storage or cookies or touch the page. For each `connect` from its parent it starts a
 * fresh worker and hands it that message's private port; each run gets its own worker,
 * so no program shares a global with another. Programs run in workers rather than here
 * so that `while (true) {}` cannot block this frame's thread, which must stay free to end
 * them (`end-worker`). The frame can instead start the step-through recorder
 * (`connect-trace`), under the same isolation.
 */
import { isHostToFrameMessage, type ConnectMessage } from '../protocol';
import { RUNNER_WORKER_ELEMENT_ID } from './runner-worker-element';

/** The runner worker's bundled source, inlined in the document at build time (see src/build/sandbox-document.ts). */
const runnerWorkerSource = document.getElementById(RUNNER_WORKER_ELEMENT_ID)?.textContent ?? '';

const workers = new Map<number, Worker>();
let runnerWorkerUrl: string | undefined;

addEventListener('message', (event: MessageEvent) => {
  if (event.source !== parent || !isHostToFrameMessage(event.data)) return;
  const message = event.data;
  if (message.type === 'end-worker') {
    workers.get(message.worker)?.terminate();
    workers.delete(message.worker);
    return;
  }
  const port = event.ports[0];
  if (!port || workers.has(message.worker)) return;
  // The step-through recorder comes from the page, which fetches it only when first needed.
  const script =
    message.type === 'connect-trace'
      ? URL.createObjectURL(message.workerScript)
      : (runnerWorkerUrl ??= URL.createObjectURL(new Blob([runnerWorkerSource], { type: 'text/javascript' })));
  // Inside an opaque origin a module blob worker fails to start; a classic one works and can still import() the program as a module.
  const worker = new Worker(script);
  workers.set(message.worker, worker);
  const connect: ConnectMessage = { type: 'connect' };
  worker.postMessage(connect, [port]);
});
