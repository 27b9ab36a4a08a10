import { BatchingLogger } from "./batching-logger.ts";
import { LogServer, describeApp, elapsed, runApp } from "../../shared/log-server.ts";

// A server that takes 400 ms per request, however many records it carries.
const server = new LogServer({ latencyMs: 400 });
// A batch leaves when it has 4 records, or 250 ms after the sender took its first record.
const logger = new BatchingLogger(server, { maxBatch: 4, maxWaitMs: 250 });

const app = await runApp(logger, { records: 10, workMs: 100 });
console.log(describeApp(app));

await logger.close();
console.log(`${elapsed()}  close() has resolved`);
for (const line of server.summary(app.records)) console.log(line);
