/**
 * A collector named by an administrator policy that Chromium delivers late still gets the records
 * made before it. Chromium may answer storage.managed with `{}` for seconds after start (3.8–4.3 s
 * seen on a loaded machine, longer than the extension retries an empty answer); the policy then
 * arrives through storage.onChanged. Here the policy file is written only after the first record
 * (past the retries), so the late arrival is certain rather than left to the machine's load.
 * Before the fix the record carried the default policy's fingerprint and never reached the collector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoutes } from '../fixtures/sites/build';
import { Collector } from './collector';
import { launch, type Browser } from './harness';
import { canWritePolicy, managedPolicyFile } from './managed-policy';

declare const chrome: {
  storage: Record<'local' | 'managed', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const EDITOR = '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
/** Longer than src/settings retries an empty storage.managed answer at first start (3.75 s). */
const PAST_THE_RETRIES_MS = 6000;
const policyFile = managedPolicyFile('vertraulich-e2e-log-late');

describe.skipIf(!canWritePolicy())('a late administrator policy in Chromium', () => {
  const collector = new Collector();
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    url = await collector.start();
  });
  afterAll(async () => {
    policyFile.remove();
    await browser?.close();
    await collector.stop();
  });

  it('a record made before the policy names the collector is delivered to it once it does', async () => {
    const started = Date.now();
    browser = await launch({ routes: fixtureRoutes() });
    const page = await browser.context.newPage();
    await page.goto('https://web.whatsapp.com/?lang=de');
    await page.waitForTimeout(Math.max(0, PAST_THE_RETRIES_MS - (Date.now() - started)));
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hallo Frau Sommer, geb. 12.03.1987, Ihre Depression');
    await page.keyboard.press('Enter');
    const dialog = page.locator('vertraulich-dialog');
    await dialog.locator('input[data-reason]').first().check();
    await dialog.locator('[data-action="send"]').click();
    const records = () =>
      browser.background.evaluate(async () =>
        Object.entries(await chrome.storage.local.get(null))
          .filter(([key]) => key.startsWith('vertraulich.log.day.'))
          .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<{ id: string; decision: string }>),
      );
    await expect.poll(async () => (await records()).length, { timeout: 15_000 }).toBe(1);
    const [record] = await records();
    expect(record).toMatchObject({ decision: 'acknowledged' });
    expect(collector.bodies).toEqual([]);

    policyFile.write({ logEndpoint: { url, format: 'json' } });
    // Chromium watches its policy directory and applies a change after a few seconds.
    await expect
      .poll(() => browser.background.evaluate(async () => (await chrome.storage.managed.get(null)).logEndpoint), {
        timeout: 45_000,
        interval: 500,
      })
      .toBeTruthy();
    await expect.poll(() => collector.arrivals().get(record!.id), { timeout: 20_000 }).toBe(1);
  }, 120_000);
});
