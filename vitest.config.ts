import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: keep forks bounded so the browser and Deno tests are not starved.
    pool: 'forks',
    maxWorkers: 2,
  },
});
