import { RemoteLogger } from "./remote-logger.ts";
import { checkLogHandler } from "../../shared/log-handler-check.ts";

// The closing exercise's checker, run on the whole logger: batches of up to 10 records or
// whatever came within 0.25 s, at most 1000 queued. close() keeps its default deadline, 1.5 s.
await checkLogHandler((server) => new RemoteLogger(server, { maxBatch: 10, maxWaitMs: 250, capacity: 1000 }));
