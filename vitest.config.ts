import { defineConfig } from 'vitest/config';

// Two projects: pure modules in node, and the element in real headless Chromium (driven by
// playwright-core from node, against the built site served once by the global setup).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time in the one browser: most of a browser test waits on flights, timers and
          // the map's idle, so two overlap well on two cores (about 7.3 min instead of 8.8 here).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
