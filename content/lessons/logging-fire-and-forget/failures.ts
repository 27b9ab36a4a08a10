import { LogServer, describeApp, reportDropped, runApp, type LogRecord } from "../../shared/log-server.ts";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The same server, now failing one request in five: some connections drop
// (the request rejects), and sometimes the server answers 503.
const server = new LogServer({ latencyMs: 500, jitterMs: 800, seed: 8729, failureRate: 0.2, failures: ["reset", "unavailable"] });

function giveUp(record: LogRecord, reason: string): void {
  console.log(`logger: record ${record.seq} is lost (${reason})`);
  reportDropped([record], reason);
}

class FireAndForgetLogger {
  log(record: LogRecord): void {
    server
      .send([record])
      .then((response) => {
        if (response.status !== 200) giveUp(record, `the server answered ${response.status}`);
      })
      .catch((error: Error) => giveUp(record, `${error.name}: ${error.message}`)); // remove this line to see an unhandled rejection
  }
}

const app = await runApp(new FireAndForgetLogger(), { records: 5, workMs: 100 });
console.log(describeApp(app));

await sleep(1500);
for (const line of server.summary(app.records)) console.log(line);
