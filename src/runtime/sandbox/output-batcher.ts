import { copyTimelineEvent, isTimelineEvent, MAX_TIMELINE_EVENTS, type OutputEntry, type OutputLimits, type SandboxToHostMessage, type TimelineEvent } from '../protocol';

/**
 * Collects output and posts it in batches, so that a program printing a million lines
 * sends a few hundred messages, not a million. The first entry after a quiet spell is
 * posted at once: a program that logs and then blocks forever (`while (true) {}`) must
 * still show what it logged.
 */
const QUIET_SPELL_MS = 16;
const MAX_BATCH = 250;
const OMITTED_CHECK_MASK = 1023;

export interface OutputBatcher {
  /** False once the cap is reached: callers can skip formatting what would be dropped. */
  readonly accepting: boolean;
  add(entry: OutputEntry): void;
  /** Counts an entry that was not even formatted because the cap was reached. */
  countOmitted(): void;
  /** A timeline event from the program (malformed ones and those past the cap are ignored). */
  addTimelineEvent(event: unknown): void;
  flush(): void;
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.length - maxLength;
  return `${text.slice(0, maxLength)}… [${cut.toLocaleString('en-US')} more characters not shown]`;
}

export function createOutputBatcher(
  post: (message: SandboxToHostMessage) => void,
  limits: OutputLimits,
  setTimeoutNative: (callback: () => void, ms: number) => unknown,
  now: () => number,
): OutputBatcher {
  let batch: OutputEntry[] = [];
  let timeline: TimelineEvent[] = [];
  let timelineKept = 0;
  let kept = 0;
  let omitted = 0;
  let omittedPosted = 0;
  let lastPost = -Infinity;
  let flushScheduled = false;

  function flush(): void {
    if (timeline.length > 0) {
      post({ type: 'timeline', events: timeline });
      timeline = [];
    }
    if (batch.length === 0 && omitted === omittedPosted) return;
    post({ type: 'output', entries: batch, omitted });
    batch = [];
    omittedPosted = omitted;
    lastPost = now();
  }

  function flushSoon(): void {
    if (now() - lastPost >= QUIET_SPELL_MS || batch.length >= MAX_BATCH) {
      flush();
      return;
    }
    scheduleFlush();
  }

  function scheduleFlush(): void {
    if (flushScheduled) return;
    flushScheduled = true;
    setTimeoutNative(() => {
      flushScheduled = false;
      flush();
    }, QUIET_SPELL_MS);
  }

  return {
    get accepting() {
      return kept < limits.maxEntries;
    },
    add(entry) {
      if (kept >= limits.maxEntries) {
        omitted++;
      } else {
        kept++;
        batch.push({ level: entry.level, text: truncate(entry.text, limits.maxEntryLength) });
      }
      flushSoon();
    },
    addTimelineEvent(event) {
      if (timelineKept >= MAX_TIMELINE_EVENTS || !isTimelineEvent(event)) return;
      timelineKept++;
      // A copy: the program's object could change later, or carry things that cannot be posted.
      timeline.push(copyTimelineEvent(event));
      flushSoon();
    },
    countOmitted() {
      omitted++;
      // Past the cap a program may print millions of lines: look at the clock only now and then.
      if ((omitted & OMITTED_CHECK_MASK) === 0) flushSoon();
      else scheduleFlush();
    },
    flush,
  };
}
