import { LogServer, describeApp, runApp, type LogRecord } from "../../shared/log-server.ts";

// The same slow server, having a bad day: now and then a request gets no answer,
// and fails after waiting 1 s. (The seed picks which one: here, the second.)
const server = new LogServer({ latencyMs: 500, failureRate: 0.25, failures: ["timeout"], timeoutMs: 1000, seed: 4 });

class BlockingLogger {
  async log(record: LogRecord): Promise<void> {
    try {
      await server.send([record]);
    } catch (error) {
      // Without this catch, the server's failure would fly out of log() into the app.
      console.log(`logger: could not send record ${record.seq}: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
}

// The same app as before: 125 ms of work before each of 4 log calls.
const app = await runApp(new BlockingLogger(), { records: 4, workMs: 125 });
console.log(describeApp(app));
for (const line of server.summary(app.records)) console.log(line);
