import { LogServer, describeApp, runApp, type LogRecord } from "../../shared/log-server.ts";

// A log server that takes half a second to answer each request.
const server = new LogServer({ latencyMs: 500 });

// The handler sends each record and waits for the server's answer before returning.
class BlockingLogger {
  async log(record: LogRecord): Promise<void> {
    await server.send([record]);
  }
}

const app = await runApp(new BlockingLogger(), { records: 4, workMs: 125 });
console.log(describeApp(app));
for (const line of server.summary(app.records)) console.log(line);
