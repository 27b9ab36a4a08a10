/**
 * The real log server (`npm run log-server`) and the HTTP client the case study's
 * programs can swap in for the simulation.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpLogServer } from '../../content/shared/http-log-server.ts';
import { startLogServer } from '../../scripts/log-server.mjs';

let server: Server | undefined;
afterEach(() => server?.close());

async function start(failureRate: number): Promise<string> {
  server = (await startLogServer({ port: 0, latencyMs: 20, jitterMs: 0, failureRate, quiet: true })) as Server;
  return `http://localhost:${(server.address() as AddressInfo).port}/logs`;
}

describe('the real log server', () => {
  it('stores what is sent, in arrival order, and lists it', async () => {
    const client = new HttpLogServer(await start(0));
    expect(await client.send([{ seq: 1, message: 'event 1', loggedAt: 5 }])).toEqual({ status: 200 });
    expect(await client.send([{ seq: 2, message: 'event 2', loggedAt: 9 }])).toEqual({ status: 200 });
    expect((await client.received()).map((record) => record.seq)).toEqual([1, 2]);
    expect(client.requests).toBe(2);
  });

  it('answers 503 for the failing share of requests', async () => {
    const client = new HttpLogServer(await start(1));
    expect(await client.send([{ seq: 1, message: 'event 1', loggedAt: 5 }])).toEqual({ status: 503 });
    expect(await client.received()).toEqual([]);
  });

  it('turns "no server" into a NetworkError', async () => {
    const client = new HttpLogServer('http://localhost:9/logs');
    await expect(client.send([{ seq: 1, message: 'x', loggedAt: 0 }])).rejects.toMatchObject({ name: 'NetworkError' });
  });
});
