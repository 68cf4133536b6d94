import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on CI machines: keep the pool small so CLI tests do not starve each other.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
