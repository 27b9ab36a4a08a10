#!/usr/bin/env node
/**
 * A small real log server for the logging case study: `npm run log-server` starts it, and
 * the case study's programs can send to it instead of the simulation by swapping
 * `new LogServer(...)` for `new HttpLogServer("http://localhost:8787/logs")` (from
 * content/shared/http-log-server.ts) and running the program with Node.
 *
 *   npm run log-server -- --port 8787 --latency 500 --jitter 200 --failure-rate 0.2
 *
 * POST /logs with a JSON array of records ({ seq, message, loggedAt }) stores them and
 * answers 200 after the latency (or 503 for the failing share); GET /logs lists what
 * arrived; each arrival is printed, with records that arrive out of order marked.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

export function startLogServer({ port, latencyMs, jitterMs, failureRate, quiet = false }) {
  const received = [];
  let highest = 0;
  const started = Date.now();
  const say = (line) => {
    if (!quiet) console.log(`${((Date.now() - started) / 1000).toFixed(2).padStart(7)} s  ${line}`);
  };
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'content-type');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (request.url !== '/logs') return void response.writeHead(404).end('not found\n');
    if (request.method === 'GET') {
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
    }
    if (request.method !== 'POST') return void response.writeHead(405).end();
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const delay = latencyMs + Math.round(Math.random() * jitterMs);
      setTimeout(() => {
        let records;
        try {
          records = JSON.parse(body);
          if (!Array.isArray(records)) throw new Error('not an array');
        } catch {
          return void response.writeHead(400).end('expected a JSON array of records\n');
        }
        if (Math.random() < failureRate) {
          say(`503 for records ${records.map((r) => r.seq).join(' ')}`);
          return void response.writeHead(503).end('unavailable\n');
        }
        const notes = [];
        for (const record of records) {
          if (record.seq < highest) notes.push(`${record.seq} out of order`);
          highest = Math.max(highest, record.seq);
          received.push({ ...record, receivedAt: Date.now() - started });
        }
        say(`stored ${records.map((r) => r.seq).join(' ')}${notes.length ? `  (${notes.join(', ')})` : ''}`);
        response.writeHead(200).end('ok\n');
      }, delay);
    });
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      latency: { type: 'string', default: '500' },
      jitter: { type: 'string', default: '0' },
      'failure-rate': { type: 'string', default: '0' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const latencyMs = Number(values.latency);
  const jitterMs = Number(values.jitter);
  const failureRate = Number(values['failure-rate']);
  await startLogServer({ port, latencyMs, jitterMs, failureRate, quiet: values.quiet });
  console.log(
    `Log server on http://localhost:${port}/logs: latency ${latencyMs} ms, jitter ${jitterMs} ms, failure rate ${failureRate}. Ctrl+C stops it.`,
  );
}
