import { describe, expect, it } from 'vitest';
import {
  isConnectMessage,
  isHostToFrameMessage,
  isHostToSandboxMessage,
  isSandboxToHostMessage,
  type SandboxToHostMessage,
} from '../../src/runtime/protocol';

describe('host/sandbox protocol', () => {
  const fromSandbox: SandboxToHostMessage[] = [
    { type: 'ready' },
    { type: 'output', entries: [{ level: 'log', text: 'hi' }], omitted: 0 },
    { type: 'uncaught', kind: 'rejection', text: 'Uncaught (in promise) 1', location: null },
    { type: 'finished', unsettledTopLevelAwait: false },
  ];

  it.each(fromSandbox)('accepts the sandbox message $type', (message) => {
    expect(isSandboxToHostMessage(message)).toBe(true);
    // Messages cross a structured clone; what arrives must still be recognised.
    expect(isSandboxToHostMessage(structuredClone(message))).toBe(true);
  });

  it.each([null, undefined, 42, 'finished', {}, { type: 'navigate' }, { type: 1 }, []])(
    'rejects %j from the sandbox side',
    (junk) => {
      expect(isSandboxToHostMessage(junk)).toBe(false);
    },
  );

  it('tells host messages apart', () => {
    const run = { type: 'run', program: { fileName: 'a.ts', code: '', sourceMap: '{}' }, limits: { maxEntries: 1, maxEntryLength: 1 } };
    expect(isHostToSandboxMessage(run)).toBe(true);
    expect(isHostToSandboxMessage({ type: 'connect' })).toBe(false);
    expect(isConnectMessage({ type: 'connect' })).toBe(true);
    expect(isConnectMessage({ type: 'run' })).toBe(false);
    expect(isConnectMessage(null)).toBe(false);
  });

  it('lets the frame accept only numbered connects and end-worker requests', () => {
    expect(isHostToFrameMessage({ type: 'connect', worker: 3 })).toBe(true);
    expect(isHostToFrameMessage({ type: 'connect-trace', workerScript: new Blob(['x']), worker: 1 })).toBe(true);
    expect(isHostToFrameMessage({ type: 'end-worker', worker: 3 })).toBe(true);
    expect(isHostToFrameMessage({ type: 'connect' })).toBe(false);
    expect(isHostToFrameMessage({ type: 'end-worker', worker: '3' })).toBe(false);
    expect(isHostToFrameMessage({ type: 'end-worker', worker: 1.5 })).toBe(false);
    expect(isHostToFrameMessage({ type: 'run', worker: 1 })).toBe(false);
    expect(isHostToFrameMessage(null)).toBe(false);
  });
});
