import { defineConfig } from 'vitest/config';

// Browser end-to-end layer: real Debian Chromium with the built extension (see test/e2e/harness.ts).
// One worker: every test launches its own browser, and the machines have two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
