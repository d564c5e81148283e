import { defineConfig } from 'vitest/config';

// why: three projects so `npm test` can build the site once between the fast unit tests
// and the tests that read dist/ or drive Chromium over it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // why: one Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
