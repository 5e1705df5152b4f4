/** The shared scenarios' driver for Chromium: playwright-core over test/e2e/harness.ts. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { STATUS_QUERY } from '../../../src/messaging/protocol';
import { storedRecords, type Browser } from '../harness';
import type { Driver, DriverPage, Key } from './driver';
import { dumpExtensionStorage } from './storage-dump';
import { EDITOR } from './surfaces';

// The extension's own API in evaluate() callbacks (service worker and extension pages).
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

function wrap(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    // Playwright's CSS engine pierces open shadow roots itself.
    click: (selector) => page.locator(selector.replace(' >>> ', ' ')).first().click(),
    type: (text) => page.keyboard.type(text),
    press: (key: Key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    errors: () => errors,
    close: () => page.close(),
  };
}

export function chromiumDriver(browser: Browser): Driver {
  return {
    browserName: 'chromium',
    async openSite(url) {
      const page = await browser.context.newPage();
      const wrapped = wrap(page);
      await page.goto(url);
      await page.locator(EDITOR).first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-vertraulich')))
        .toBe(true);
      return wrapped;
    },
    records: () => storedRecords(browser),
    storageDump: () => browser.background.evaluate(dumpExtensionStorage),
    async tabStatuses() {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const answers = await page.evaluate(async (type) => {
        const tabs = await chrome.tabs.query({});
        const all = await Promise.all(
          tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type, payload: {} }).catch(() => null)),
        );
        return all.filter((answer) => answer !== null && answer !== undefined);
      }, STATUS_QUERY);
      await page.close();
      return answers;
    },
  };
}
