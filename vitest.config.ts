import { defineConfig } from 'vitest/config';

// Two projects. `fast` (npm test): unit, rule, pipeline and in-process tests, for every change.
// `slow` (npm run test:slow; CI runs both): the built bundles as subprocesses (test/e2e/) and the
// long suites named *.slow.test.ts (hostile inputs, properties, input-growth checks).
const SLOW = ['test/e2e/**/*.test.ts', 'test/**/*.slow.test.ts'];
// The input-growth checks time work, so they run after the slow project and alone, one
// file at a time: sharing two cores with the hostile and property suites lifted a linear
// reading's growth to the limit.
const GROWTH = ['test/load/linear-time.slow.test.ts', 'test/helpers/growth.slow.test.ts', 'test/evidence/artifact-pairing.slow.test.ts'];

export default defineConfig({
  test: {
    // End-to-end tests spawn the bundled CLI and Action; give them room on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The engine takes its parsers from load/lazy.ts, loaded by each entry point: here, once per worker.
    setupFiles: ['test/setup-libraries.ts'],
    projects: [
      // The fast files share one module cache per worker (isolate: false): importing the
      // engine once rather than once per file is a third of their time. None of them mocks a
      // module or leaves global state behind (the ones that do are in the slow project).
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false } },
      // The slow suites are bounded by work (runs, systems), not by time: their timeout only
      // catches a hang, so it is wide enough for a loaded 2-core machine running both at once.
      { extends: true, test: { name: 'slow', include: SLOW, exclude: GROWTH, testTimeout: 300_000, hookTimeout: 300_000 } },
      { extends: true, test: { name: 'growth', include: GROWTH, fileParallelism: false } },
    ],
  },
});
