import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two layers in one run: pure code in Node, and DOM/extension code in happy-dom with WXT's
// fakeBrowser. The browser end-to-end layer has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    // The JSON report feeds the 'N passed, N failed' summary line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/**/*.dom.test.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/unit/**/*.dom.test.ts'],
        },
      },
    ],
  },
});
