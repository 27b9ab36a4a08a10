/**
 * The runner's spare sandboxes (src/runtime/runner.ts): each run takes a started spare,
 * its replacement starts once the run has printed, and only one spare starts at a time.
 * The frame is a fake that counts the workers it is asked to start and lets the test say
 * when each is ready; the runner's side of each port is real.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SandboxToHostMessage } from '../../src/runtime/protocol';

interface FakeWorker {
  readonly ready: () => void;
  /** The sandbox's side of the private port. */
  readonly port: MessagePort;
  ended: boolean;
}

const started: FakeWorker[] = [];

vi.mock('../../src/lib/when-idle', () => ({
  whenIdle: (callback: () => void) => {
    callback();
    return () => {};
  },
}));

vi.mock('../../src/runtime/sandbox-frame', () => ({
  SandboxFrame: class {
    retired = false;
    start() {
      const channel = new MessageChannel();
      let ready = () => {};
      const readyPromise = new Promise<void>((resolve) => (ready = resolve));
      const worker: FakeWorker = { ready, port: channel.port2, ended: false };
      started.push(worker);
      return {
        port: channel.port1,
        ready: readyPromise,
        frame: this,
        end: () => (worker.ended = true),
        release: () => (worker.ended = true),
      };
    }
    retire() {
      this.retired = true;
    }
  },
}));

const { SandboxRunner } = await import('../../src/runtime/runner');

const program = { fileName: 'main.ts', code: 'console.log(1)', sourceMap: '{}' };
/** Lets promise callbacks and port messages through. */
const settle = () => vi.advanceTimersByTimeAsync(1);

function printFrom(worker: FakeWorker, message: SandboxToHostMessage): void {
  worker.port.postMessage(message);
}

describe('spare sandboxes', () => {
  beforeEach(() => {
    started.length = 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const worker of started) worker.port.close();
    vi.useRealTimers();
  });

  it('runs in a spare started ahead, and starts its replacement only once the run has printed', async () => {
    const runner = new SandboxRunner('/sandbox.html');
    runner.prepare();
    expect(started).toHaveLength(1);
    started[0]!.ready();
    await settle();

    const events: string[] = [];
    runner.run(program, { timeLimitMs: 5000 }, (event) => events.push(event.type));
    await settle();
    expect(events).toEqual(['started']);
    expect(started).toHaveLength(1);

    printFrom(started[0]!, { type: 'output', entries: [{ level: 'log', text: '1' }], omitted: 0 });
    await settle();
    expect(events).toEqual(['started', 'entries']);
    expect(started).toHaveLength(2);
  });

  it('starts one spare at a time: a replacement owed while another starts waits until it is ready', async () => {
    const runner = new SandboxRunner('/sandbox.html');
    runner.prepare();
    started[0]!.ready();
    await settle();
    // A first run, printed and finished: its replacement, then the top-up to four spares.
    runner.run(program, { timeLimitMs: 5000 }, () => {});
    await settle();
    printFrom(started[0]!, { type: 'output', entries: [{ level: 'log', text: '1' }], omitted: 0 });
    printFrom(started[0]!, { type: 'finished', unsettledTopLevelAwait: false });
    await settle();
    expect(started).toHaveLength(2);
    for (let spare = 2; spare <= 4; spare++) {
      started[spare - 1]!.ready();
      await vi.advanceTimersByTimeAsync(400);
      // Each top-up waits for the spare before it to be ready.
      expect(started).toHaveLength(spare + 1);
    }
    started[4]!.ready();
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toHaveLength(5);

    // Two runs, back to back: the second one's replacement waits for the first one's.
    runner.run(program, { timeLimitMs: 5000 }, () => {});
    await settle();
    printFrom(started[1]!, { type: 'output', entries: [{ level: 'log', text: '2' }], omitted: 0 });
    await settle();
    expect(started).toHaveLength(6);
    runner.run(program, { timeLimitMs: 5000 }, () => {});
    await settle();
    printFrom(started[2]!, { type: 'output', entries: [{ level: 'log', text: '3' }], omitted: 0 });
    await settle();
    expect(started).toHaveLength(6);

    started[5]!.ready();
    await settle();
    expect(started).toHaveLength(7);
  });
});
