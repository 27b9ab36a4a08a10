import { RemoteLogger } from "./remote-logger.ts";
import { LogServer, describeApp, runApp } from "../../shared/log-server.ts";

// A server that is down: every request is answered 503 after 0.1 s.
const server = new LogServer({ latencyMs: 100, failureRate: 1 });
// Batches of 4, or whatever came within 1 s; at most 4 records queued; retries after
// 150-300 ms, then 300-600, 600-1200... (backoffMs is the first wait's ceiling).
const logger = new RemoteLogger(server, { maxBatch: 4, maxWaitMs: 1000, capacity: 4, backoffMs: 300 });

const app = await runApp(logger, { records: 10, workMs: 100 });
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
const drops = logger.drops;
console.log(`app done: ${drops.queueFull} records dropped because the queue was full`);

const closing = performance.now();
const givenUp = await logger.close(1500); // a deadline of 1.5 s
const took = Math.floor((performance.now() - closing + 20) / 500) * 0.5;
console.log(`close(1500) returned after ${took.toFixed(1)} s, giving up records ${givenUp.map((record) => record.seq).join(" ")}`);
const { queueFull, retriesUsedUp, deadline } = logger.drops;
console.log(`dropped: ${queueFull} queue full, ${retriesUsedUp} retries used up, ${deadline} at the deadline`);
for (const line of server.summary(app.records)) console.log(line);
