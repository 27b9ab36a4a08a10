import { LogServer, describeApp, elapsed, runApp, type LogRecord } from "../../shared/log-server.ts";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The slow server again, now a little irregular, as a real network is: each request
// takes 500 ms plus a random extra delay of up to 800 ms.
const server = new LogServer({ latencyMs: 500, jitterMs: 800, seed: 8729 });
let mostInFlight = 0;

class FireAndForgetLogger {
  log(record: LogRecord): void {
    server.send([record]); // no await: the request goes on by itself, and log returns at once
    mostInFlight = Math.max(mostInFlight, server.inFlight); // (only to measure it)
  }
}

const app = await runApp(new FireAndForgetLogger(), { records: 5, workMs: 100 });
console.log(describeApp(app));
console.log(`${elapsed()}  the app is done; the server has stored ${server.received.length} records so far`);
console.log(`most requests in flight at the same time: ${mostInFlight}`);

// The logger gives us nothing to wait for, so we wait long enough for the last request.
await sleep(1500);
console.log(`${elapsed()}  after waiting 1.5 s more, the server has:`);
for (const line of server.summary(app.records)) console.log(line);
