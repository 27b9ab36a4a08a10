/**
 * A built site's files written to a fresh temporary folder, for tests of what the build
 * does after Astro (the offline manifest, the playground's HTML). Each file is given by its
 * path in the site: its text, or a size in bytes (filled with `x`).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function writeTempSite(files: Record<string, string | number>, prefix = 'site-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'number' ? 'x'.repeat(content) : content);
  }
  return dir;
}
