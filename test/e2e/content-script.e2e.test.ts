import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../src/extension-id';
import { launch, type Browser } from './harness';

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

  it('does not run on an unrelated site', async () => {
    const tab = await browser.context.newPage();
    await tab.goto('https://example.org/');
    // Give a content script time to run if it (wrongly) matched.
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => document.documentElement.getAttribute('data-vertraulich'))).toBeNull();
    await tab.close();
  });
});
