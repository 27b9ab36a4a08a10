// Stops `npm test` early, with one line saying what to run, when no browser can be found.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { installHint, systemChromium } from './browser.mjs';

const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
})();
if (!systemChromium() && !(bundled && existsSync(bundled))) {
  console.error(installHint());
  process.exit(1);
}
