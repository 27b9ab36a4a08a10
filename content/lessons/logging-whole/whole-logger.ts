import { RemoteLogger } from "./remote-logger.ts";
import { LogServer, describeApp, now, runApp } from "../../shared/log-server.ts";

// A flaky server: 3 requests in 10 fail, in any of four ways; the others take 100 to 300 ms.
const server = new LogServer({
  latencyMs: 100,
  jitterMs: 200,
  failureRate: 0.3,
  failures: ["unavailable", "error", "reset", "timeout"],
  timeoutMs: 400,
  seed: 3,
});
// Batches of 4, or whatever came within 1 s; at most 50 records queued.
const logger = new RemoteLogger(server, { maxBatch: 4, maxWaitMs: 1000, capacity: 50 });

const app = await runApp(logger, { records: 10, workMs: 100 });
console.log(describeApp(app, 1)); // whole seconds: on a busy machine, timers run late
await logger.flush(); // records 9 and 10 leave now, without waiting for the batch to fill
console.log(`after flush(): the server has ${server.received.length} of ${app.records} records`);
for (const line of server.summary(app.records)) console.log(line);

// Three more records, and the page goes away before they leave: take them for the beacon.
for (let seq = 11; seq <= 13; seq++) logger.log({ seq, message: `event ${seq}`, loggedAt: now() });
const forBeacon = logger.takeAll();
console.log(`takeAll(): records ${forBeacon.map((record) => record.seq).join(" ")} for navigator.sendBeacon`);

const givenUp = await logger.close();
const drops = logger.drops;
console.log(`close(): ${givenUp.length} records given up; dropped: ${drops.queueFull} queue full, ${drops.retriesUsedUp} retries used up, ${drops.deadline} at the deadline`);
