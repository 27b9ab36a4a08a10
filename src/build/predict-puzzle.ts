/**
 * The build-time half of `<Predict>`: turns an example's recorded output into a puzzle
 * whose answer is that output, and rejects puzzles a reader could not solve fairly.
 */
export type PredictPuzzle =
  | { readonly kind: 'order'; readonly shuffled: readonly string[]; readonly answer: readonly string[] }
  | { readonly kind: 'choice'; readonly choices: readonly string[]; readonly answer: number };

export const MAX_LINES_TO_ORDER = 8;

/** The printed lines of a recorded output (its final newline is not an extra line). */
export function printedLines(recorded: string): string[] {
  return recorded.replace(/\n$/, '').split('\n');
}

export function orderPuzzle(recorded: string, file: string, where: string): PredictPuzzle {
  const answer = printedLines(recorded);
  if (answer.length < 2 || answer.length > MAX_LINES_TO_ORDER) {
    throw new Error(
      `${where}: ordering needs 2 to ${MAX_LINES_TO_ORDER} lines, and ${file} prints ${answer.length}. Give choices={[…]} instead.`,
    );
  }
  if (new Set(answer).size !== answer.length || answer.some((line) => !line.trim())) {
    throw new Error(`${where}: ordering needs distinct, non-empty lines, and ${file} prints repeated or empty ones. Give choices={[…]} instead.`);
  }
  return { kind: 'order', shuffled: shuffleAwayFromAnswer(answer, file), answer };
}

export function choicePuzzle(recorded: string, choices: readonly string[], file: string, where: string): PredictPuzzle {
  const expected = printedLines(recorded).join('\n');
  const normalized = choices.map((choice) => choice.replace(/\n$/, ''));
  const matching = normalized.flatMap((choice, index) => (choice === expected ? [index] : []));
  if (normalized.length < 2 || normalized.length > 6) throw new Error(`${where}: give 2 to 6 choices.`);
  if (new Set(normalized).size !== normalized.length) throw new Error(`${where}: two choices are the same.`);
  if (matching.length !== 1 || matching[0] === undefined) {
    throw new Error(`${where}: exactly one choice must equal what ${file} prints, which is:\n${expected}`);
  }
  return { kind: 'choice', choices: normalized, answer: matching[0] };
}

/** A shuffle that is the same on every build (seeded by the file name) and never the answer itself. */
function shuffleAwayFromAnswer(lines: readonly string[], seedText: string): string[] {
  let seed = [...seedText].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffled = [...lines];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  // Lines are distinct, so rotating by one always gives an order other than the answer.
  if (shuffled.every((line, index) => line === lines[index])) shuffled.push(shuffled.shift() as string);
  return shuffled;
}
