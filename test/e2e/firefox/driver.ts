/**
 * The shared scenarios' driver for Firefox: puppeteer-core over WebDriver BiDi
 * (test/e2e/firefox/harness.ts). The extension's storage is read from one of its own pages
 * (popup.html, kept open per session): on MV2 that page shares the background page's storage
 * areas and IndexedDB origin, and `runtime.getBackgroundPage()` reaches the background itself.
 */
import type { Page } from 'puppeteer-core';
import { STATUS_QUERY } from '../../../src/messaging/protocol';
import type { Driver, DriverPage, Key } from '../scenarios/driver';
import { dumpExtensionStorage } from '../scenarios/storage-dump';
import { EDITOR } from '../scenarios/surfaces';
import type { FirefoxSession } from './harness';

// Firefox's own promise-based API, in evaluate() callbacks on extension pages.
declare const browser: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

export function wrapFirefoxPage(page: Page): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    async click(selector) {
      // puppeteer's `>>>` is its deep combinator: it looks into open shadow roots.
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      if (!handle) throw new Error(`Nothing matches ${selector}`);
      await handle.click();
      await handle.dispose();
    },
    type: (text) => page.keyboard.type(text),
    async press(key: Key) {
      if (key === 'Shift+Enter') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(key);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    errors: () => errors,
    close: () => page.close(),
  };
}

export function firefoxDriver(session: FirefoxSession): Driver & { extensionPage(): Promise<Page> } {
  let extensionPage: Promise<Page> | undefined;
  const extension = () => (extensionPage ??= session.openExtensionPage('popup.html'));
  return {
    browserName: 'firefox',
    extensionPage: extension,
    async openSite(url) {
      const page = await session.openPage(url);
      const wrapped = wrapFirefoxPage(page);
      await page.waitForSelector(EDITOR, { timeout: 10_000 });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-vertraulich'), {
        timeout: 10_000,
      });
      return wrapped;
    },
    async records() {
      return (await extension()).evaluate(async () => {
        const all = await browser.storage.local.get(null);
        return Object.entries(all)
          .filter(([key]) => key.startsWith('vertraulich.log.day.'))
          .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>);
      });
    },
    async storageDump() {
      return (await extension()).evaluate(dumpExtensionStorage);
    },
    async tabStatuses() {
      return (await extension()).evaluate(async (type) => {
        const tabs = await browser.tabs.query({});
        const all = await Promise.all(
          tabs.map((t) => browser.tabs.sendMessage(t.id!, { type, payload: {} }).catch(() => null)),
        );
        return all.filter((answer) => answer !== null && answer !== undefined);
      }, STATUS_QUERY);
    },
  };
}
