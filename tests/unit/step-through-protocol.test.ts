import { describe, expect, it } from 'vitest';
import { isConnectMessage, isHostToSandboxMessage, isSandboxToHostMessage } from '../../src/runtime/protocol';

describe('step-through messages in the protocol', () => {
  it('the frame starts the recorder only with its source as text', () => {
    expect(isConnectMessage({ type: 'connect' })).toBe(true);
    expect(isConnectMessage({ type: 'connect-trace', workerScript: new Blob(['self.onmessage = null;']) })).toBe(true);
    expect(isConnectMessage({ type: 'connect-trace' })).toBe(false);
    expect(isConnectMessage({ type: 'connect-trace', workerScript: 'self.onmessage = null;' })).toBe(false);
    expect(isConnectMessage({ type: 'connect-other' })).toBe(false);
  });

  it('host and sandbox accept exactly their own message types', () => {
    expect(isHostToSandboxMessage({ type: 'record-trace', program: {}, budget: {} })).toBe(true);
    expect(isHostToSandboxMessage({ type: 'run', program: {}, limits: {} })).toBe(true);
    expect(isHostToSandboxMessage({ type: 'trace-chunk' })).toBe(false);
    expect(isSandboxToHostMessage({ type: 'trace-chunk', steps: [], output: [] })).toBe(true);
    expect(isSandboxToHostMessage({ type: 'trace-end', status: 'complete', reason: null })).toBe(true);
    expect(isSandboxToHostMessage({ type: 'record-trace' })).toBe(false);
  });
});
