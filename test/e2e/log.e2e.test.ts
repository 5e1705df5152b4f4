/**
 * The acknowledgement log end to end, as a data-protection officer would check it: a draft
 * carrying a canary string is acknowledged on the WhatsApp fixture; the record shows on the
 * options page, the chain verifies, the CSV export opens in German Excel; a collector on
 * 127.0.0.1 (set by administrator policy) receives it; with the collector down and then up,
 * every record arrives exactly once; and the canary appears nowhere — not in any storage area,
 * not in IndexedDB, not in any request body, not on any console.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoutes } from '../fixtures/sites/build';
import { Collector } from './collector';
import { launch, openExtensionPage, type Browser } from './harness';
import { canWritePolicy, managedPolicyFile, waitForManagedPolicy } from './managed-policy';

declare const chrome: {
  storage: Record<'local' | 'session' | 'sync' | 'managed', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const CANARY = 'Kanarienvogel7F3Q';
// Sensitive by a birth date and a health term tied to a named person; the canary rides along.
const draft = (n: number) =>
  `Hallo Frau ${CANARY}, geb. 12.03.1987, Ihre Depression und der Termin ${n} beim Jobcenter`;
const EDITOR = '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

const policyFile = managedPolicyFile('vertraulich-e2e-log');

describe.skipIf(!canWritePolicy())('acknowledgement log in Chromium', () => {
  const collector = new Collector();
  const consoleLines: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    const url = await collector.start();
    policyFile.write({ logEndpoint: { url, format: 'json', token: 'e2e-token' }, reacknowledgeDays: 99999 });
    browser = await launch({ routes: fixtureRoutes() });
    browser.background.on('console', (message) => consoleLines.push(message.text()));
    browser.context.on('console', (message) => consoleLines.push(message.text()));
    // Forwarding needs a collector the browser has named: wait for the condition, not a time.
    await waitForManagedPolicy(browser, 'logEndpoint');
  }, 120_000);
  afterAll(async () => {
    policyFile.remove();
    await browser?.close();
    await collector.stop();
  });

  const records = (): Promise<Array<Record<string, unknown>>> =>
    browser.background.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith('vertraulich.log.day.'))
        .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>);
    });

  async function acknowledge(text: string): Promise<string> {
    const page = await browser.context.newPage();
    await page.goto('https://web.whatsapp.com/?lang=de');
    const editor = page.locator(EDITOR);
    await editor.click();
    await page.keyboard.type(text);
    const before = new Set((await records()).map((r) => r.id as string));
    await page.keyboard.press('Enter');
    const dialog = page.locator('vertraulich-dialog');
    await dialog.locator('[data-reason="false-alarm"]').check();
    await dialog.locator('[data-action="send"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sent"] > li').allTextContents(), { timeout: 5000 })
      .toEqual([text]);
    const added = (await records()).filter((r) => !before.has(r.id as string));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ decision: 'acknowledged', site: 'whatsapp', surface: 'chat' });
    await page.close();
    return added[0]!.id as string;
  }

  let firstId = '';

  it('records an acknowledgement and forwards it to the collector', async () => {
    firstId = await acknowledge(draft(1));
    await expect.poll(() => collector.arrivals().get(firstId), { timeout: 15_000 }).toBe(1);
  });

  it('shows the record on the options page, verifies the chain and exports CSV for German Excel', async () => {
    const page: Page = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => page.locator(`[data-testid="log-row"][data-id="${firstId}"]`).count()).toBe(1);
    await page.locator('[data-testid="log-verify"]').click();
    await expect.poll(() => page.locator('[data-testid="log-verify-result"]').getAttribute('data-state')).toBe('ok');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="log-export-csv"]').click(),
    ]);
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.split(/\r?\n/)[0]).toContain(';');
    expect(text).toContain(firstId);
    expect(text).not.toContain(CANARY);
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="log-export-jsonl"]').click(),
    ]);
    const lines = readFileSync((await jsonl.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toContain(firstId);
    await page.close();
  });

  it('loses nothing while the collector is down and delivers each record once when it returns', async () => {
    collector.up = false;
    const secondId = await acknowledge(draft(2));
    const thirdId = await acknowledge(draft(3));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(collector.arrivals().has(secondId)).toBe(false);
    collector.up = true;
    // The back-off alarm fires after about 30 s (Chromium's alarm minimum).
    await expect
      .poll(() => [collector.arrivals().get(secondId), collector.arrivals().get(thirdId)], {
        timeout: 75_000,
        interval: 1000,
      })
      .toEqual([1, 1]);
    for (const [id, count] of collector.arrivals()) expect({ id, count }).toEqual({ id, count: 1 });
  }, 120_000);

  it('the canary appears in no storage area, IndexedDB, request body or console', async () => {
    const areas = await browser.background.evaluate(async () => {
      const dump: Record<string, unknown> = {};
      for (const area of ['local', 'session', 'sync', 'managed'] as const) {
        try {
          dump[area] = await chrome.storage[area].get(null);
        } catch (error) {
          dump[area] = String(error);
        }
      }
      const databases = await indexedDB.databases();
      dump.indexedDB = databases.map((d) => d.name);
      return dump;
    });
    const serialised = JSON.stringify(areas);
    expect(serialised).toContain('vertraulich.log');
    expect(serialised).not.toContain(CANARY);
    // The page's own IndexedDB holds nothing of ours either.
    const page = await browser.context.newPage();
    await page.goto('https://web.whatsapp.com/?lang=de');
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(JSON.stringify(pageDatabases)).not.toContain(CANARY);
    await page.close();
    expect(collector.bodies.length).toBeGreaterThan(0);
    expect(collector.bodies.join('\n')).not.toContain(CANARY);
    expect(consoleLines.join('\n')).not.toContain(CANARY);
  });
});
