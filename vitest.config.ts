import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    // Docker-backed suites share one engine and registry: keep parallelism modest on 2 cores.
    maxWorkers: 2,
  },
});
