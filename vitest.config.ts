import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on CI machines: keep the pool small so CLI tests do not starve each other.
    maxWorkers: 2,
    // Generous: a loaded 2-core machine runs a CLI test's before-all (a whole extraction) in tens of seconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
