import { BatchingLogger } from "./batching-logger.ts";
import { LogServer, describeApp, runApp } from "../../shared/log-server.ts";

// The same busy moment and the same slow server.
const server = new LogServer({ latencyMs: 850 });
// The same batches and queue; when the queue is full, the oldest record in it is dropped.
const logger = new BatchingLogger(server, { maxBatch: 4, maxWaitMs: 250, capacity: 3, whenFull: "drop-oldest" });

const app = await runApp(logger, { records: 10, workMs: 50 });
console.log(describeApp(app));

await logger.close();
console.log(`logger: dropped ${logger.dropped.length} records: ${logger.dropped.join(" ")}`);
for (const line of server.summary(app.records)) console.log(line);
