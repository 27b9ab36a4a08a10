import { LogServer, describeApp, runApp, type LogRecord } from "../../shared/log-server.ts";

// The log server is far away and busy: it takes half a second to answer each request.
const server = new LogServer({ latencyMs: 500 });

// The remote handler: send the record, and wait for the server's answer.
class BlockingLogger {
  async log(record: LogRecord): Promise<void> {
    await server.send([record]);
  }
}

// An app that does almost no work of its own: it just logs two lines.
const app = await runApp(new BlockingLogger(), { records: 2, workMs: 0 });
console.log(describeApp(app));
for (const line of server.summary(app.records)) console.log(line);
