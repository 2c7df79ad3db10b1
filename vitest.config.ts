import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundled CLI and Action; give them room on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
