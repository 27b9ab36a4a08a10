import { applyPatch, streamLog, type RunState } from "./run-log.ts";

const start = performance.now();
/** Seconds since the start, rounded down to the half second. */
const at = () => `${(Math.floor((performance.now() - start + 20) / 500) * 0.5).toFixed(1)} s`;

// Render each patch the moment it arrives, and keep the state it builds up.
let state: unknown = {};
for await (const patch of streamLog("How do I keep log records in order?")) {
  for (const op of patch.ops) {
    console.log(`${at()}  ${op.op} ${op.path || '""'} ${JSON.stringify(op.value)}`);
  }
  state = applyPatch(state, patch);
}

const run = state as RunState;
console.log(`final output: ${JSON.stringify(run.final_output)}`);
const tokens = run.logs["model"]?.streamed_output.length;
console.log(`steps: ${Object.keys(run.logs).join(", ")}; the model streamed ${tokens} tokens`);
