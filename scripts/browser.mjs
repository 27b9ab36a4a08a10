// Finds a Chromium for the browser tests and the benchmark: Debian's (or another system
// one) first, then one installed by `npx playwright install chromium`.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags this machine needs: no sandbox as root, and no network services that cannot connect. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The system Chromium's path, or undefined to let Playwright use its own browser. */
export function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** One line naming the command that installs a browser on this machine. */
export function installHint() {
  return existsSync('/usr/bin/apt-get')
    ? 'No Chromium found for the browser tests. Install one with: apt-get install -y chromium'
    : 'No Chromium found for the browser tests. Install one with: npx playwright install chromium';
}
