/**
 * A small pipeline that answers a question in two steps, and `streamLog`, which runs it
 * and shows its progress as an async iterator of log patches, in the spirit of
 * LangChain's `astream_log`. Each patch is a list of JSON Patch operations: applied in
 * order, they rebuild the run's state on the consumer's side.
 *
 * Importing this module prints nothing; the pipeline prints one line if it is stopped.
 */
import { AsyncQueue } from "../async-queues/async-queue.ts";

/** One JSON Patch operation (only the two kinds this pipeline needs). */
export interface Operation {
  readonly op: "add" | "replace";
  /** Where, as a JSON Pointer: "/logs/model/streamed_output/-" ("-" appends to a list). */
  readonly path: string;
  readonly value: unknown;
}

/** What `streamLog` yields: operations to apply together. */
export interface Patch {
  readonly ops: readonly Operation[];
}

/** The state the patches build: one entry in `logs` per step of the run. */
export interface RunState {
  streamed_output: unknown[];
  final_output: unknown;
  logs: Record<string, { name: string; streamed_output: unknown[]; final_output: unknown }>;
}

/** What a pipeline reports while it runs: callbacks, as in lesson 10. */
interface Hooks {
  stepStarted(name: string): void;
  token(name: string, token: string): void;
  stepEnded(name: string, output: unknown): void;
}

/** Waits `ms` milliseconds; rejects with the signal's reason (an AbortError) if it aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve();
    }, ms);
    function stop() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", stop, { once: true });
  });
}

/** The pipeline: find documents (0.5 s), then a model streams its answer, a token every 0.5 s. */
async function answer(question: string, hooks: Hooks, signal: AbortSignal): Promise<string> {
  let step = "retrieve";
  try {
    hooks.stepStarted(step);
    await sleep(500, signal);
    const documents = question.includes("order") ? ["ordered-sender", "retries"] : [];
    hooks.stepEnded(step, documents);

    step = "model";
    hooks.stepStarted(step);
    let text = "";
    for (const token of ["One queue,", " one", " sender."]) {
      await sleep(500, signal);
      hooks.token(step, token);
      text += token;
    }
    hooks.stepEnded(step, text);
    return text;
  } catch (error) {
    console.log(`pipeline: stopped during "${step}" (${(error as Error).name})`);
    throw error;
  }
}

/**
 * Runs the pipeline and yields its log as patches, as they happen. The pipeline never
 * waits for the consumer: its callbacks put patches in an unbounded queue. If the consumer
 * leaves its `for await` loop early, the pipeline is aborted.
 */
export async function* streamLog(question: string): AsyncGenerator<Patch> {
  const patches = new AsyncQueue<Patch>();
  const put = (...ops: Operation[]) => patches.tryPut({ ops });
  const controller = new AbortController();

  put({ op: "replace", path: "", value: { streamed_output: [], final_output: null, logs: {} } });
  const finished = answer(
    question,
    {
      stepStarted: (name) =>
        put({
          op: "add",
          path: `/logs/${name}`,
          value: { name, streamed_output: [], final_output: null },
        }),
      token: (name, token) =>
        put({ op: "add", path: `/logs/${name}/streamed_output/-`, value: token }),
      stepEnded: (name, output) =>
        put({ op: "add", path: `/logs/${name}/final_output`, value: output }),
    },
    controller.signal,
  ).then(
    (output) => {
      put(
        { op: "add", path: "/streamed_output/-", value: output },
        { op: "replace", path: "/final_output", value: output },
      );
      patches.close();
    },
    () => patches.close(), // stopped: the pipeline said so; end the stream
  );

  try {
    yield* patches; // every patch, in order, until the queue is closed and drained
  } finally {
    controller.abort(); // the consumer left early (or we are done, and this does nothing)
    await finished; // return only once the pipeline has really stopped
  }
}

/** Applies a patch to a state (add and replace, "-" to append). Returns the new state. */
export function applyPatch(state: unknown, patch: Patch): unknown {
  for (const { path, value } of patch.ops) {
    if (path === "") {
      state = structuredClone(value);
      continue;
    }
    const keys = path.slice(1).split("/");
    const last = keys.pop() ?? "";
    let target = state as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (Array.isArray(target) && last === "-") target.push(value);
    else target[last] = value;
  }
  return state;
}
