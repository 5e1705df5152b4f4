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
declare const chrome: {
  storage: { managed: StorageLike; local: StorageLike };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
};
interface StorageLike {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
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
  // Under a policy everything else is locked; the user may still choose the language.
  userMayChange: ['language'],
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
    // Not set by the administrator and not released: locked all the same.
    expect(await page.locator('[data-testid="policy-control-sites.whatsapp"]').isDisabled()).toBe(true);

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

/**
 * Locked means locked, and IT hears about it: a mistyped value, the userMayChange release, the
 * policy-invalid record written with no page open, settings-changed after a user change, and
 * the toolbar badge, each read back from real Chromium with a real policy file.
 */
describe.skipIf(!canWritePolicy())('administrator policy that holds, in Chromium', () => {
  const lockFile = managedPolicyFile('vertraulich-e2e-lock');
  const LOCK_POLICY = {
    // A typo'd value: must stay locked at the default ("off") and be reported.
    blockAt: 'hoch',
    acknowledgeAt: 'warn',
    userLabel: 'e2e-lock',
    language: 'de',
    userMayChange: ['warnAt'],
    // Chromium checks the type against managed_schema.json and drops these two silently: the
    // extension never sees them (docs/admin/deployment.md §4 says so; this proves it).
    monitorOnly: 'false',
    blokAt: 'high',
  };
  let browser: Browser;

  const records = () =>
    browser.background.evaluate(async () => {
      const all = (await chrome.storage.local.get(null)) as Record<string, unknown>;
      return Object.entries(all)
        .filter(([key]) => key.startsWith('vertraulich.log.day.'))
        .flatMap(([, value]) => (Array.isArray(value) ? value : []) as Array<Record<string, unknown>>);
    });

  beforeAll(async () => {
    lockFile.write(LOCK_POLICY);
    browser = await launch({ routes: fixtureRoutes() });
  });
  afterAll(async () => {
    lockFile.remove();
    await browser?.close();
  });

  it('Chromium drops a wrong type and an unknown key before the extension can see them', async () => {
    const managed = await browser.background.evaluate(() => chrome.storage.managed.get(null));
    expect(Object.keys(managed).sort()).toEqual(['acknowledgeAt', 'blockAt', 'language', 'userLabel', 'userMayChange']);
  });

  it('policy-invalid is written by the background with no page open: key and code only, once', async () => {
    expect(browser.context.pages().filter((page) => page.url().startsWith('chrome-extension://'))).toEqual([]);
    await expect
      .poll(async () => (await records()).filter((r) => r.decision === 'policy-invalid'), { timeout: 15_000 })
      .toHaveLength(1);
    const [record] = (await records()).filter((r) => r.decision === 'policy-invalid');
    expect(record).toMatchObject({
      policyKeys: ['blockAt'],
      policyErrors: ['blockAt:unknown-value'],
      userLabel: 'e2e-lock',
      severity: 'none',
    });
    expect(record).not.toHaveProperty('site');
    expect(JSON.stringify(record)).not.toContain('hoch');
  });

  it('the badge shows the policy problem (read from an extension page)', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
    expect(await page.locator('[data-testid="popup-policy-problem"]').count()).toBe(1);
    await page.close();
  });

  it('the invalid blockAt is locked at its default with the error shown, and the user cannot change it', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    const blockAt = page.locator('[data-testid="policy-control-blockAt"]');
    await page.locator('[data-testid="policy-admin-state"][data-state="managed"]').waitFor({ state: 'attached' });
    expect(await blockAt.inputValue()).toBe('off');
    expect(await blockAt.isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="policy-row-blockAt"]').getAttribute('data-source')).toBe('admin-invalid');
    const note = page.locator('[data-testid="policy-invalid-blockAt"]');
    expect(await note.locator('[data-code]').getAttribute('data-code')).toBe('unknown-value');
    expect(await note.textContent()).toContain('Standardwert');
    // "N Einstellungen festgelegt": what the administrator set, the invalid key included.
    expect(await page.locator('[data-testid="policy-managed-notice"]').textContent()).toContain(' 5 ');

    // Even a value written straight into storage does not count.
    await page.evaluate(() =>
      chrome.storage.local.set({ 'policy.user': { blockAt: 'high', allowTerms: ['Jugendamt'] } }),
    );
    await page.waitForTimeout(500);
    expect(await blockAt.inputValue()).toBe('off');
    expect(await page.locator('[data-testid="policy-control-allowTerms"]').inputValue()).toBe('');
    expect(await page.locator('[data-testid="policy-source-allowTerms"]').getAttribute('data-source')).toBe('default');
    await page.close();
  });

  it('userMayChange releases warnAt only; the change is stored and logged as settings-changed', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    const warnAt = page.locator('[data-testid="policy-control-warnAt"]');
    await page.locator('[data-testid="policy-admin-state"][data-state="managed"]').waitFor({ state: 'attached' });
    expect(await warnAt.isDisabled()).toBe(false);
    expect(await page.locator('[data-testid="policy-control-acknowledgeAt"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="policy-control-sites.whatsapp"]').isDisabled()).toBe(true);
    await warnAt.selectOption('high');
    await expect.poll(() => page.locator('[data-testid="policy-status-warnAt"]').textContent()).toBe('Gespeichert.');
    await expect
      .poll(async () => (await records()).filter((r) => r.decision === 'settings-changed').map((r) => r.policyKeys), {
        timeout: 10_000,
      })
      .toContainEqual(['warnAt']);
    expect(await page.locator('[data-testid="policy-source-warnAt"]').getAttribute('data-source')).toBe('user');
    await page.close();
  });

  it('observation mode and a switched-off site, applied live: badge and popup say so', async () => {
    lockFile.write({
      monitorOnly: true,
      language: 'de',
      sites: { whatsapp: false, facebook: true, messenger: true },
    });
    await reloadPolicies(browser);
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('BEOB');
    await popup.reload();
    await expect
      .poll(() => popup.locator('[data-testid="popup-observation"]').textContent())
      .toContain('Beobachtungsphase: es wird nur protokolliert');

    // The WhatsApp tab gets its own badge: protection is off there.
    const whatsapp = await browser.context.newPage();
    await whatsapp.goto('https://web.whatsapp.com/?lang=de');
    await whatsapp.locator(EDITOR).waitFor();
    await expect
      .poll(
        () =>
          popup.evaluate(async () => {
            const tabs = await chrome.tabs.query({});
            const texts = await Promise.all(
              tabs.map((tab) => (tab.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id }))),
            );
            return texts.sort();
          }),
        { timeout: 10_000 },
      )
      .toContain('AUS');
    await whatsapp.close();
    await popup.close();
  });
});
