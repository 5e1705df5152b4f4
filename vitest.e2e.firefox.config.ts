import { defineConfig } from 'vitest/config';

// Firefox end-to-end layer: Debian's Firefox ESR with the built MV2 add-on, driven by
// puppeteer-core over WebDriver BiDi (see test/e2e/firefox/harness.ts). One worker, as for
// Chromium: every file launches its own browser, and the machines have two cores.
export default defineConfig({
  test: {
    name: 'e2e-firefox',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e-firefox.json' },
    include: ['test/e2e/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
