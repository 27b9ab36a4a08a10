/**
 * The script of `sandbox.html`, a document the host loads in an iframe with
 * `sandbox="allow-scripts"`: an opaque origin, so nothing in it can read the site's
 * storage or cookies or touch the page. It accepts one `connect` message from its parent
 * and starts the worker that runs the program, handing it the private port. The program
 * runs in the worker rather than here so that `while (true) {}` cannot block this
 * frame's thread, and removing the frame ends the worker at once.
 */
import { isConnectMessage } from '../protocol';

/** The worker's bundled source, inlined at build time (see src/build/sandbox-document.ts). */
declare const SANDBOX_WORKER_SOURCE: string;

let connected = false;

addEventListener('message', (event: MessageEvent) => {
  const port = event.ports[0];
  if (connected || event.source !== parent || !isConnectMessage(event.data) || !port) return;
  connected = true;
  // Inside an opaque origin a module blob worker fails to start; a classic one works and
  // can still import() the program as a module.
  const workerUrl = URL.createObjectURL(new Blob([SANDBOX_WORKER_SOURCE], { type: 'text/javascript' }));
  new Worker(workerUrl).postMessage({ type: 'connect' }, [port]);
});
