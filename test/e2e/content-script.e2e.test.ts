import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../src/extension-id';
import { STATUS_QUERY } from '../../src/messaging/protocol';
import { launch, type Browser } from './harness';

declare const chrome: {
  tabs: {
    query(filter: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const page = readFileSync('test/fixtures/pages/plain.html', 'utf8');

describe('the built extension in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({
      routes: {
        'https://web.whatsapp.com/**': page,
        'https://www.facebook.com/**': page,
        'https://web.facebook.com/**': page,
        'https://www.messenger.com/**': page,
        'https://example.org/**': page,
      },
    });
  });
  afterAll(async () => browser?.close());

  it('loads with the id fixed by the manifest key', () => {
    expect(browser.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.facebook.com/groups/123', 'facebook'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://www.facebook.com/messages/t/123', 'messenger'],
    ['https://www.messenger.com/t/123', 'messenger'],
  ])('guards %s as %s', async (url, site) => {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    await expect.poll(() => tab.evaluate(() => document.documentElement.getAttribute('data-vertraulich'))).toBe(site);
    await tab.close();
  });

  it('answers the popup’s status query live, and stops once the tab leaves the site', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('https://web.whatsapp.com/');
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // What the popup does for the active tab, here for every tab: tabs.sendMessage and the answers.
    const ask = () =>
      extensionPage.evaluate(async (type) => {
        const tabs = await chrome.tabs.query({});
        const answers = await Promise.all(
          tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type, payload: {} }).catch(() => null)),
        );
        return answers.filter((answer) => answer !== null && answer !== undefined);
      }, STATUS_QUERY);
    await expect.poll(ask).toEqual([{ site: 'whatsapp', active: true }]);
    await tab.goto('https://example.org/');
    await expect.poll(ask).toEqual([]);
    await tab.close();
    await extensionPage.close();
  });

  it('does not run on an unrelated site', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('https://example.org/');
    // Give a content script time to run if it (wrongly) matched.
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-vertraulich'))).toBeNull();
    await tab.close();
  });
});
