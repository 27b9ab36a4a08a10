/**
 * The automatic check of an exercise: does the reader's program print exactly what the
 * solution prints (its recorded output)? Says where the first difference is, in words.
 */
export type OutputCheck = { readonly passed: true } | { readonly passed: false; readonly reason: string };

const MAX_QUOTED = 80;

function quote(line: string): string {
  return `“${line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line}”`;
}

/** `printed`: the text of each console entry in order (an entry may span several lines). */
export function checkOutput(printed: readonly string[], expected: string): OutputCheck {
  const actualLines = printed.length ? printed.join('\n').split('\n') : [];
  const expectedLines = expected.replace(/\n$/, '').split('\n');
  const length = Math.max(actualLines.length, expectedLines.length);
  for (let index = 0; index < length; index++) {
    const want = expectedLines[index];
    const got = actualLines[index];
    if (want === got) continue;
    const where = `line ${index + 1}`;
    if (got === undefined) return { passed: false, reason: `${where} should be ${quote(want ?? '')}, but the program printed only ${actualLines.length} lines.` };
    if (want === undefined) return { passed: false, reason: `the program printed ${actualLines.length} lines, ${actualLines.length - expectedLines.length} more than expected, starting with ${quote(got)}.` };
    return { passed: false, reason: `${where} should be ${quote(want)} but is ${quote(got)}.` };
  }
  return { passed: true };
}
