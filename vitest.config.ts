// Vitest runs every test in three projects: `unit` (src/lib, machines, content; no build, no browser, in seconds),
// `build` (checks of the built site in dist/) and `browser` (headless Chromium against dist/).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{lib,machines,content,scripts}/**/*.test.ts'],
          // The unit tests are pure (no mocks, no globals they change), so each worker imports xstate, zod, the
          // machines and the content files once for all its test files, not once per file: about a quarter of the
          // CPU time. A test that needs a fresh module (vi.mock, vi.stubGlobal) belongs in its own project.
          isolate: false,
          // It reads the built guidance pages in dist/.
          exclude: ['tests/machines/new-maps.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/machines/new-maps.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Unpack the test browser once, before any worker starts.
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
