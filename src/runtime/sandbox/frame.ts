/**
 * The script of `sandbox.html`, a document the host loads in an iframe with
 * `sandbox="allow-scripts"`: an opaque origin, so nothing in it can read the site's
 * storage or cookies or touch the page. It accepts one `connect` message from its parent
 * and starts the worker that runs the program, handing it the private port. The program
 * runs in the worker rather than here so that `while (true) {}` cannot block this
 * frame's thread, and removing the frame ends the worker at once. The same frame can
 * instead start the step-through recorder (`connect-trace`), under the same isolation.
 */
import { isConnectMessage, type ConnectMessage } from '../protocol';

/** The worker's bundled source, inlined at build time (see src/build/sandbox-document.ts). */
declare const SANDBOX_WORKER_SOURCE: string;

let connected = false;

addEventListener('message', (event: MessageEvent) => {
  const port = event.ports[0];
  if (connected || event.source !== parent || !isConnectMessage(event.data) || !port) return;
  connected = true;
  // The step-through recorder comes from the page, which fetches it only when first needed.
  const source = event.data.type === 'connect-trace' ? event.data.workerSource : SANDBOX_WORKER_SOURCE;
  // Inside an opaque origin a module blob worker fails to start; a classic one works and
  // can still import() the program as a module.
  const workerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const connect: ConnectMessage = { type: 'connect' };
  new Worker(workerUrl).postMessage(connect, [port]);
});
