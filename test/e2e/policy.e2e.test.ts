/**
 * Administrator policy end to end in real Chromium, as an administrator deploys it: a JSON file
 * in /etc/chromium/policies/managed/ (needs root; skipped otherwise). Proves that Chromium
 * accepts the built managed_schema.json, delivers the policy, the options page shows it locked
 * and reports an invalid value while its default holds, the guard enforces it, and a changed
 * policy applies without reloading. The policy file is removed afterwards, whatever happens.
 *
 * Caution: every Chromium on this machine reads that directory, so run this file alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_ID } from '../../src/extension-id';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, openExtensionPage, type Browser } from './harness';
import { canWritePolicy, managedPolicyFile, reloadPolicies } from './managed-policy';

// The background's global in evaluate() callbacks (Chromium's extension API, not typed here).
declare const chrome: { storage: { managed: StorageLike; local: StorageLike } };
interface StorageLike {
  get(keys: string | null): Promise<Record<string, unknown>>;
}

const policyFile = managedPolicyFile('vertraulich-e2e');
const EDITOR = '#main footer div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const HIGH = 'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter wegen der Sanktion und Ihre Depression';

const POLICY = {
  warnAt: 'notice',
  acknowledgeAt: 'warn',
  blockAt: 'high',
  guidelinesUrl: 'https://intranet.example/leitlinien-social-media',
  guidelinesVersion: '2026-1',
  reacknowledgeDays: 365,
  // Out of range (at most 3650): reported, while the default (365) holds.
  logRetentionDays: 99999,
  customTerms: [{ term: 'Haus Lindenhof', category: 'special' }],
  allowTerms: ['Sonnenblume'],
  customPatterns: [{ name: 'aktenzeichen', pattern: 'AZ-\\d{4}/\\d{2}', category: 'identifier' }],
  userLabel: 'e2e-team',
};

describe.skipIf(!canWritePolicy())('administrator policy in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    policyFile.write(POLICY);
    browser = await launch({ routes: fixtureRoutes() });
  });
  afterAll(async () => {
    policyFile.remove();
    await browser?.close();
  });

  it('loads the extension with the built managed schema and delivers the policy', async () => {
    expect(browser.extensionId).toBe(CHROME_EXTENSION_ID);
    const managed = await browser.background.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ blockAt: 'high', userLabel: 'e2e-team', logRetentionDays: 99999 });
  });

  it('options page: locked values, the invalid value reported while its default holds', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    const blockAt = page.locator('[data-testid="policy-control-blockAt"]');
    await expect.poll(() => blockAt.inputValue()).toBe('high');
    expect(await blockAt.isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="policy-locked-blockAt"]').textContent()).toBe(
      'Von Ihrer Organisation festgelegt',
    );
    expect(await page.locator('[data-testid="policy-control-language"]').isDisabled()).toBe(false);

    const error = page.locator('[data-testid="policy-errors-admin"] li[data-path="logRetentionDays"]');
    expect(await error.getAttribute('data-code')).toBe('out-of-range');
    expect(await page.locator('[data-testid="policy-control-logRetentionDays"]').inputValue()).toBe('365');
    expect(await page.locator('[data-testid="policy-fingerprint"]').textContent()).toMatch(/^[0-9a-f]{16}$/u);
    await page.close();
  });

  async function whatsapp(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto('https://web.whatsapp.com/?lang=de');
    await page.locator(EDITOR).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-vertraulich'))).toBe(true);
    return page;
  }

  const highlightCount = (page: Page) =>
    page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      // The guard's highlight has a random name (issue 12, finding 14); the fixtures register no other.
      let count = 0;
      for (const ranges of registry?.values() ?? []) count += ranges.size;
      return count;
    });

  it('asks for the guidelines on first use, logs the confirmation and does not ask again', async () => {
    const page = await whatsapp();
    await page.locator(EDITOR).click();
    const banner = page.locator('vertraulich-guidelines');
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.locator('a').getAttribute('href')).toBe('https://intranet.example/leitlinien-social-media');
    await banner.locator('[data-check="guidelines"]').check();
    await banner.locator('[data-action="confirm-guidelines"]').click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(async () => (await records()).some((r) => r.decision === 'guidelines-acknowledged')).toBe(true);
    const stored = await browser.background.evaluate(() => chrome.storage.local.get('policy.guidelinesConfirmation'));
    expect(stored['policy.guidelinesConfirmation']).toMatchObject({ confirmedVersion: '2026-1' });
    await page.close();
    const again = await whatsapp();
    await again.locator(EDITOR).click();
    await again.waitForTimeout(500);
    expect(await again.locator('vertraulich-guidelines').count()).toBe(0);
    await again.close();
  });

  it('custom term and custom case-number pattern are detected; an allowed term is not', async () => {
    const page = await whatsapp();
    const editor = page.locator(EDITOR);
    await editor.click();
    await editor.pressSequentially('Sonnenblume', { delay: 5 });
    await page.waitForTimeout(800);
    expect(await highlightCount(page)).toBe(0);
    await editor.pressSequentially(' Termin in Haus Lindenhof zu AZ-1234/25', { delay: 5 });
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  const sent = (page: Page) => page.locator('[data-testid="sent"] > li').allTextContents();
  const records = () =>
    browser.background.evaluate(async () => {
      const all = (await chrome.storage.local.get(null)) as Record<string, unknown>;
      return Object.entries(all)
        .filter(([key]) => key.startsWith('vertraulich.log.day.'))
        .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>);
    });

  it('blockAt "high" blocks a high-severity draft', async () => {
    const page = await whatsapp();
    const editor = page.locator(EDITOR);
    await editor.click();
    await editor.pressSequentially(HIGH, { delay: 2 });
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await records()).some((r) => r.decision === 'blocked'), { timeout: 8000 })
      .toBe(true);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('monitorOnly, applied live: the same draft goes through and is logged as monitored', async () => {
    policyFile.write({ ...POLICY, monitorOnly: true });
    await reloadPolicies(browser);
    await expect
      .poll(() => browser.background.evaluate(() => chrome.storage.managed.get('monitorOnly')), { timeout: 10_000 })
      .toEqual({ monitorOnly: true });
    const page = await whatsapp();
    const editor = page.locator(EDITOR);
    await editor.click();
    await editor.pressSequentially(HIGH, { delay: 2 });
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page), { timeout: 8000 }).toHaveLength(1);
    await expect
      .poll(async () => (await records()).some((r) => r.decision === 'monitored'), { timeout: 8000 })
      .toBe(true);
    await page.close();
  });
});
