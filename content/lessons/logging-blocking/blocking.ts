import { LogServer, describeApp, runApp, type LogRecord } from "../../shared/log-server.ts";

// A log server that takes half a second to answer each request.
const server = new LogServer({ latencyMs: 500 });

// The handler sends each record and waits for the server's answer before returning.
class BlockingLogger {
  async log(record: LogRecord): Promise<void> {
    await server.send([record]);
  }
}

// The app works for 125 ms before each of its 4 log calls: 0.5 s of work in all.
const records = 4;
const workMs = 125;
const app = await runApp(new BlockingLogger(), { records, workMs });
console.log(describeApp(app));
console.log(`app: its own work took ${(records * workMs) / 1000} s, the rest was waiting for the logger`);
for (const line of server.summary(app.records)) console.log(line);
