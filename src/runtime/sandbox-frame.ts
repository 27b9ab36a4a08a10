/**
 * The page's side of a sandbox frame: `sandbox.html` in an iframe with an opaque origin
 * (see sandbox/frame.ts), in which each run gets a fresh worker. Starting a frame costs
 * the page a moment of its main thread and the sandbox a document to parse; starting a
 * worker in a frame that is already there costs the page nothing, so a runner keeps one
 * frame and starts a worker per run. A frame that hosted a run that reached its time
 * limit is retired: no new worker starts in it, and it is removed with everything in it
 * once its last worker has ended.
 */
import { isSandboxToHostMessage, type ConnectMessage, type HostToFrameMessage } from './protocol';

/** One worker in a sandbox frame, and the private port to it. */
export interface Sandbox {
  readonly port: MessagePort;
  /** Resolves when the worker has started and waits for its program. */
  readonly ready: Promise<void>;
  /** The frame it runs in. */
  readonly frame: SandboxFrame;
  /** Ends the worker, whatever it is doing; does nothing the second time. */
  end(): void;
  /**
   * For a program that finished on its own: its port closes now, and its worker ends a
   * moment later. Ending a worker takes the sandbox's CPU, which a run started right after
   * (Run pressed again at once) needs: that run's first output took twice as long. A
   * finished program has nothing left to run, and nothing it does could reach the page.
   */
  release(): void;
}

/** How long after its program finished a released worker is ended. */
const RELEASE_DELAY_MS = 300;

/**
 * The sandbox document's text, fetched once per URL by the page and given to each frame as
 * `srcdoc`. A frame with an opaque origin is never served by the site's service worker, so
 * loading it by URL would fail offline; the page's own fetch is served from the offline
 * cache. `null` (the fetch failed) falls back to loading the document by URL.
 */
const sandboxDocuments = new Map<string, Promise<string | null>>();
function sandboxDocument(documentUrl: string): Promise<string | null> {
  let html = sandboxDocuments.get(documentUrl);
  if (!html) {
    html = fetch(documentUrl)
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    sandboxDocuments.set(documentUrl, html);
  }
  return html;
}

export class SandboxFrame {
  readonly #element: HTMLIFrameElement;
  /** The frame's window once its document has loaded. */
  readonly #loaded: Promise<Window | null>;
  readonly #live = new Set<number>();
  #nextWorker = 1;
  #retired = false;

  constructor(documentUrl: string) {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'Code runner (hidden)';
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    this.#element = frame;
    document.body.append(frame);
    this.#loaded = sandboxDocument(documentUrl).then(
      (html) =>
        new Promise<Window | null>((resolve) => {
          // Listened for only now: the empty frame's own first load is not the document's.
          frame.addEventListener('load', () => resolve(frame.contentWindow), { once: true });
          if (html !== null) frame.srcdoc = html;
          // With srcdoc set, src only names the document (srcdoc wins); without, it loads it.
          frame.src = documentUrl;
        }),
    );
  }

  /** True once no new worker may start here. */
  get retired(): boolean {
    return this.#retired;
  }

  /** Starts a fresh worker: the runner's, or (`connect-trace`) the step-through recorder, whose source may still be downloading. */
  start(connect: ConnectMessage | Promise<ConnectMessage> = { type: 'connect' }): Sandbox {
    const worker = this.#nextWorker++;
    this.#live.add(worker);
    const channel = new MessageChannel();
    const ready = new Promise<void>((resolve) => {
      channel.port1.onmessage = (event) => {
        if (isSandboxToHostMessage(event.data) && event.data.type === 'ready') resolve();
      };
    });
    void Promise.all([this.#loaded, connect]).then(
      ([target, message]) => {
        if (!this.#live.has(worker)) return;
        // The frame's origin is opaque, so '*' is the only target origin that reaches it;
        // the message carries nothing but the port.
        this.#post(target, { ...message, worker }, [channel.port2]);
      },
      () => {},
    );
    const port = channel.port1;
    const end = () => {
      port.close();
      if (!this.#live.delete(worker)) return;
      void this.#loaded.then((target) => this.#post(target, { type: 'end-worker', worker }));
      if (this.#retired && this.#live.size === 0) this.#element.remove();
    };
    return {
      port,
      ready,
      frame: this,
      end,
      release: () => {
        port.close();
        setTimeout(end, RELEASE_DELAY_MS);
      },
    };
  }

  /** No worker starts here any more; the frame goes once the last one has ended. */
  retire(): void {
    this.#retired = true;
    if (this.#live.size === 0) this.#element.remove();
  }

  #post(target: Window | null, message: HostToFrameMessage, transfer: Transferable[] = []): void {
    target?.postMessage(message, '*', transfer);
  }
}
