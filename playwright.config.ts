import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/browser.mjs';

/**
 * Browser tests run against the production build, served as static files,
 * twice over: at the root, and built with a base path to prove sub-path deploys work.
 */
export const ROOT_PORT = 4322;
export const SUBPATH_PORT = 4323;
export const SUBPATH = '/sub/';

const executablePath = systemChromium();
const jsonReport = process.env['BROWSER_TESTS_JSON_REPORT'];
const chromium = {
  ...devices['Desktop Chrome'],
  // The site's service worker downloads the whole site on a first visit, and every test
  // is a first visit: blocked here, it is allowed in tests/e2e/offline.spec.ts, which tests it.
  serviceWorkers: 'block' as const,
  launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 3,
  // On CI a test that fails once is run again and, if it then passes, reported as flaky in
  // the summary: the machines there are shared and slower than a developer's.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ...(process.env['CI'] ? [] : [['html', { open: 'never' }] as const]),
    // scripts/run-browser-tests.mjs reads this to summarise both passes at the end.
    ...(jsonReport ? [['json', { outputFile: jsonReport }] as const] : []),
  ],
  use: {
    baseURL: `http://localhost:${ROOT_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /lesson-examples\.spec\.ts/,
      use: chromium,
    },
    {
      // Lesson examples print rounded times; `npm run test:browser` runs them in a second
      // pass so that the runaway programs of other tests do not make their timers late.
      name: 'lesson-examples',
      testMatch: /lesson-examples\.spec\.ts/,
      use: chromium,
      // A few examples print times to a tenth of a second; a timer that fires 100 ms late
      // on a busy machine changes a digit. Such a run is retried (and reported as flaky).
      retries: 2,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs dist ${ROOT_PORT}`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs dist-sub ${SUBPATH_PORT} ${SUBPATH}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
