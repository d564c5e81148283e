import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// why: four projects. `npm test` runs the fast unit tests, then the integration tests that run
// real builds and servers one file at a time (several at once starve a 2-core machine), then
// builds the site once for the tests that read dist/ or drive Chromium over it.
export default defineConfig({
  test: {
    projects: [
      // why: unit tests render .astro components and MDX with Astro's container API, which needs
      // Astro's own Vite plugins (stack-notes.md, "Vitest").
      getViteConfig({ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } }),
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
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
