import { BatchingLogger } from "./batching-logger.ts";
import { LogServer, describeApp, runApp } from "../../shared/log-server.ts";

// A busy moment: the app logs 10 records in half a second, and the server is slow today.
const server = new LogServer({ latencyMs: 850 });
// The same batches as before, and a queue that holds at most 3 records.
// When it is full, the log call waits for room.
const logger = new BatchingLogger(server, { maxBatch: 4, maxWaitMs: 250, capacity: 3, whenFull: "wait" });

const app = await runApp(logger, { records: 10, workMs: 50 });
console.log(describeApp(app));

await logger.close();
console.log(`logger: dropped ${logger.dropped.length} records`);
for (const line of server.summary(app.records)) console.log(line);
