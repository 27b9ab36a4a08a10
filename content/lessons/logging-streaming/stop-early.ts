import { streamLog } from "./run-log.ts";

// This consumer only wants the documents the first step finds.
for await (const patch of streamLog("How do I keep log records in order?")) {
  const found = patch.ops.find((op) => op.path === "/logs/retrieve/final_output");
  if (found === undefined) continue;
  console.log(`consumer: documents ${JSON.stringify(found.value)}`);
  console.log("consumer: that is all I need, breaking out");
  break;
}
console.log("consumer: after the loop");
