/**
 * Firefox ESR with no administrator policy: the MV2 add-on and its background page, Firefox's
 * rejecting managed storage read as "no policy", the popup's status answer, and the log with
 * its canary check (test/e2e/scenarios/log.ts, shared with Chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../src/extension-id';
import { acknowledgedDraftLeavesOnlyAContentFreeRecord } from '../scenarios/log';
import { firefoxDriver } from './driver';
import { launchFirefox, type FirefoxSession } from './harness';

declare const browser: {
  runtime: { id: string; getManifest(): { manifest_version: number }; getBackgroundPage(): Promise<Window> };
  storage: { managed: { get(keys: null): Promise<unknown> } };
};

const PLAIN = '<!doctype html><html lang="de"><head><title>Beispiel</title></head><body><p>Beispiel</p></body></html>';

describe('the built add-on in Firefox ESR, without a policy', () => {
  let session: FirefoxSession;
  let driver: ReturnType<typeof firefoxDriver>;
  beforeAll(async () => {
    session = await launchFirefox({ pages: (url) => (url.hostname === 'example.org' ? PLAIN : null) });
    driver = firefoxDriver(session);
  });
  afterAll(async () => session?.close());

  it('runs as Manifest V2 with its gecko id and a persistent background page', async () => {
    const page = await driver.extensionPage();
    const facts = await page.evaluate(async () => {
      const background = await browser.runtime.getBackgroundPage();
      return {
        id: browser.runtime.id,
        manifestVersion: browser.runtime.getManifest().manifest_version,
        backgroundUrl: background.location.pathname,
      };
    });
    expect(facts).toEqual({ id: GECKO_ID, manifestVersion: 2, backgroundUrl: '/_generated_background_page.html' });
  });

  it('storage.managed.get() rejects without a policy; the options page reads that as "no policy"', async () => {
    // Where Chromium answers {}, Firefox rejects: src/settings/read-managed.ts must not take
    // that for a broken policy source ("unavailable"), or every user would see an error.
    const page = await driver.extensionPage();
    const answer = await page.evaluate(() =>
      browser.storage.managed.get(null).then(
        (value) => ({ resolved: value }),
        (error: unknown) => ({ rejected: String(error) }),
      ),
    );
    expect(answer).toEqual({ rejected: 'Error: Managed storage manifest not found' });
    const options = await session.openExtensionPage('options.html');
    // "pending" while the first read is under way, then the answer; never "unavailable".
    await expect
      .poll(
        () =>
          options.evaluate(
            () => document.querySelector('[data-testid="policy-admin-state"]')?.getAttribute('data-state') ?? null,
          ),
        { timeout: 10_000 },
      )
      .toBe('none');
    expect(await options.$$eval('[data-testid^="policy-errors-admin"] li', (items) => items.length)).toBe(0);
    // Nothing is locked: the user may change what the administrator did not set.
    expect(
      await options.$eval('[data-testid="policy-control-blockAt"]', (el) => (el as HTMLSelectElement).disabled),
    ).toBe(false);
    await options.close();
  });

  it('answers the popup’s status query live, and stops once the tab leaves the site', async () => {
    const tab = await session.openPage('https://web.whatsapp.com/?lang=de');
    await tab.waitForFunction(() => document.documentElement.getAttribute('data-vertraulich') === 'whatsapp');
    await expect.poll(() => driver.tabStatuses()).toEqual([{ site: 'whatsapp', active: true }]);
    await tab.goto('https://example.org/', { waitUntil: 'load' });
    await expect.poll(() => driver.tabStatuses()).toEqual([]);
    await tab.close();
  });

  it('an acknowledged draft leaves one content-free record; the canary is in no storage or IndexedDB', () =>
    acknowledgedDraftLeavesOnlyAContentFreeRecord(driver));
});
