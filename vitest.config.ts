import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Example runs are mostly waiting on timers, so many can share two cores.
    maxConcurrency: 8,
  },
});
