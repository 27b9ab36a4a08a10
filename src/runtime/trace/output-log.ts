/**
 * The recording's console output, capped as a plain Run caps it (runner.ts, output-batcher.ts):
 * at most `maxEntries` entries of at most `maxEntryLength` characters; the rest are counted and
 * a closing `system` entry says how many were left out.
 */
import type { OutputEntry, OutputLevel, OutputLimits } from '../protocol';

export class OutputLog {
  readonly entries: OutputEntry[] = [];
  #omitted = 0;

  constructor(private readonly limits: OutputLimits) {}

  print(level: OutputLevel, text: string): void {
    const { maxEntries, maxEntryLength } = this.limits;
    if (this.entries.length >= maxEntries) {
      this.#omitted += 1;
      return;
    }
    const cut = text.length - maxEntryLength;
    this.entries.push({
      level,
      text: cut > 0 ? `${text.slice(0, maxEntryLength)}… [${cut.toLocaleString('en-US')} more characters not shown]` : text,
    });
  }

  /** A note of the recorder's own; not counted against the cap. */
  printSystem(text: string): void {
    this.entries.push({ level: 'system', text });
  }

  /** Adds the "left out" note, once the recording is over. */
  close(): void {
    const omitted = this.#omitted;
    if (omitted === 0) return;
    this.printSystem(
      `${omitted.toLocaleString('en-US')} more ${omitted === 1 ? 'entry was' : 'entries were'} left out: ` +
        `the output shows at most ${this.limits.maxEntries.toLocaleString('en-US')} entries.`,
    );
  }
}
