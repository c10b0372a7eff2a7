import { defineConfig } from 'vitest/config';

// Three projects: pure modules in node; the element in real headless Chromium (driven by playwright-core
// from node, against the built site served once by the global setup); and the core set in three engines.
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
      {
        // The core set in Chromium, Firefox and WebKit (one file per engine), against the built site and the
        // standalone file; Firefox and WebKit run headful on a virtual display (Xvfb) that gives them WebGL.
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/engines/global-setup.ts'],
          // Generous: a test takes 2-10 s; under a load average of 30 here WebKit's took up to 90 s.
          testTimeout: 150_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
