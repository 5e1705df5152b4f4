import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two layers in one run: pure code in Node, and DOM/extension code in happy-dom with WXT's
// fakeBrowser. The browser end-to-end layer has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
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
