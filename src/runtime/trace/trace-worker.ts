/**
 * The step-through recorder's worker: started by the sandbox frame (see sandbox/frame.ts,
 * `connect-trace`) in place of the runner's worker, it receives one program over its
 * private port, records its execution in the spec-exact engine (recordTrace, synchronous)
 * and posts the steps as they are recorded, so the page can show the first ones while the
 * rest still records. Bundled on its own (src/pages/trace-worker.js.ts), so the engine is
 * downloaded only when a reader first presses Step through.
 */
import { isConnectMessage, isHostToSandboxMessage, type CompiledProgram, type SandboxToHostMessage } from '../protocol';
import type { TraceBudget } from './trace-format';
import { recordTrace } from './record-trace';

type Post = (message: SandboxToHostMessage) => void;

function record(program: CompiledProgram, budget: TraceBudget, post: Post): void {
  let stepsSent = 0;
  let outputSent = 0;
  try {
    const result = recordTrace(program, {
      budget,
      onChunk: ({ steps, output }) => {
        stepsSent += steps.length;
        outputSent += output.length;
        post({ type: 'trace-chunk', steps, output });
      },
    });
    // Whatever the chunks did not carry yet.
    if (result.steps.length > stepsSent || result.output.length > outputSent) {
      post({ type: 'trace-chunk', steps: result.steps.slice(stepsSent), output: result.output.slice(outputSent) });
    }
    post({ type: 'trace-end', status: result.status, reason: result.reason });
  } catch (error) {
    // The engine itself broke (a bug, or memory): keep what was recorded and say so.
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'trace-end', status: 'truncated', reason: `The recorder stopped with an internal error: ${message}` });
  }
}

function connect(event: MessageEvent): void {
  const port = event.ports[0];
  if (!isConnectMessage(event.data) || event.data.type !== 'connect' || !port) return;
  self.removeEventListener('message', connect);
  const post: Post = MessagePort.prototype.postMessage.bind(port);
  port.onmessage = (message) => {
    if (!isHostToSandboxMessage(message.data) || message.data.type !== 'record-trace') return;
    port.onmessage = null;
    record(message.data.program, message.data.budget, post);
  };
  post({ type: 'ready' });
}

self.addEventListener('message', connect);
