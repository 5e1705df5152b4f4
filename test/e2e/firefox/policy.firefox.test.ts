/**
 * Administrator policy in Firefox ESR, through both forms an administrator can deploy:
 * - policies.json (`{"policies":{"3rdparty":{"Extensions":{"<gecko id>":{…}}}}}`) in
 *   /etc/firefox/policies/, written only into the private copy scripts/e2e-firefox.sh mounts
 *   (root); skipped otherwise, with a note;
 * - the per-user managed-storage manifest `$HOME/.mozilla/managed-storage/<gecko id>.json`
 *   (`{name, description, type: "storage", data}`), in a private HOME per launch; no root.
 * For each: the policy arrives, the options page shows it locked and reports an invalid value
 * while its default holds, the warning names the approved channel and contact, blockAt blocks,
 * and — where Firefox differs from Chromium — a changed policy applies only after a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Driver } from '../scenarios/driver';
import { count, openComposer, SENSITIVE, sentTexts } from '../scenarios/guard';
import { SURFACES } from '../scenarios/surfaces';
import { firefoxDriver } from './driver';
import {
  launchFirefox,
  removeSystemPolicy,
  SYSTEM_POLICY_DIR,
  writeSystemPolicy,
  writeUserManagedStorage,
  type FirefoxSession,
} from './harness';

declare const browser: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

const POLICY = {
  blockAt: 'high',
  approvedChannel: { name: 'Threema Work', url: 'https://threema.example/' },
  contactPerson: { name: 'Datenschutz-Team', email: 'datenschutz@example.org' },
  // Out of range (at most 3650): reported, while the default (365) holds.
  logRetentionDays: 99999,
  userLabel: 'ff-e2e',
  // Locked by default (issue 13): only what the administrator releases stays editable.
  userMayChange: ['language'],
};

interface PolicyForm {
  name: string;
  available: boolean;
  /** Puts the policy where this form lives, for a browser started with this HOME. */
  install(policy: Record<string, unknown>, home: string): void;
  cleanUp(): void;
}

const FORMS: PolicyForm[] = [
  {
    name: 'policies.json',
    available: SYSTEM_POLICY_DIR !== null,
    install: (policy) => writeSystemPolicy(policy),
    cleanUp: removeSystemPolicy,
  },
  {
    name: 'the per-user managed-storage manifest',
    available: true,
    install: (policy, home) => writeUserManagedStorage(home, policy),
    cleanUp: () => undefined,
  },
];

if (SYSTEM_POLICY_DIR === null)
  console.warn(
    'policy.firefox.test.ts: no private Firefox policy directory (run as root through `npm run test:e2e:firefox`), ' +
      'so the policies.json form is skipped; the per-user form is tested.',
  );

const managed = (page: Page) => page.evaluate(() => browser.storage.managed.get(null));

const attribute = (page: Page, selector: string, name: string) =>
  page.evaluate(
    ([sel, attr]) => {
      const element = document.querySelector(sel!);
      if (!element) return null;
      return attr === 'disabled' ? String((element as HTMLInputElement).disabled) : element.getAttribute(attr!);
    },
    [selector, name] as const,
  );

describe.each(FORMS)('administrator policy in Firefox through $name', (form) => {
  const home = mkdtempSync(join(tmpdir(), 'vertraulich-ff-home-'));
  let session: FirefoxSession;
  let driver: ReturnType<typeof firefoxDriver>;
  beforeAll(async () => {
    if (!form.available) return;
    form.install(POLICY, home);
    session = await launchFirefox({ home });
    driver = firefoxDriver(session);
  });
  afterAll(async () => {
    form.cleanUp();
    await session?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it.skipIf(!form.available)(
    'delivers the policy; the options page shows it locked and reports the invalid value',
    async () => {
      expect(await managed(await driver.extensionPage())).toMatchObject({ blockAt: 'high', userLabel: 'ff-e2e' });
      const options = await session.openExtensionPage('options.html');
      await expect
        .poll(() => attribute(options, '[data-testid="policy-admin-state"]', 'data-state'), { timeout: 10_000 })
        .toBe('managed');
      expect(await attribute(options, '[data-testid="policy-control-blockAt"]', 'disabled')).toBe('true');
      expect(
        await options.$eval('[data-testid="policy-control-blockAt"]', (el) => (el as HTMLSelectElement).value),
      ).toBe('high');
      expect(await options.$eval('[data-testid="policy-locked-blockAt"]', (el) => el.textContent)).toBe(
        'Von Ihrer Organisation festgelegt',
      );
      // Released by userMayChange; every other setting, e.g. sites, stays locked.
      expect(await attribute(options, '[data-testid="policy-control-language"]', 'disabled')).toBe('false');
      expect(await attribute(options, '[data-testid="policy-control-logRetentionDays"]', 'disabled')).toBe('true');
      expect(
        await attribute(options, '[data-testid="policy-errors-admin"] li[data-path="logRetentionDays"]', 'data-code'),
      ).toBe('out-of-range');
      expect(
        await options.$eval('[data-testid="policy-control-logRetentionDays"]', (el) => (el as HTMLInputElement).value),
      ).toBe('365');
      await options.close();
    },
  );

  it.skipIf(!form.available)(
    'names the approved channel and contact, and blockAt "high" blocks the draft',
    async () => {
      const whatsapp = SURFACES.find((s) => s.name === 'WhatsApp chat')!;
      const page = await openComposer(driver as Driver, whatsapp);
      await page.type(SENSITIVE);
      await expect.poll(() => count(page, 'vertraulich-panel'), { timeout: 5000 }).toBe(1);
      const panel = await page.evaluate(
        () => document.querySelector('vertraulich-panel')?.shadowRoot?.textContent ?? '',
        null,
      );
      expect(panel).toContain('Threema Work');
      expect(panel).toContain('Datenschutz-Team');
      await page.press('Enter');
      await expect
        .poll(async () => (await driver.records()).some((r) => r.decision === 'blocked'), { timeout: 8000 })
        .toBe(true);
      expect(await sentTexts(page)).toEqual([]);
      // A blocked draft cannot be sent by acknowledging: the dialog is the block dialog, with no send.
      expect(await count(page, 'vertraulich-dialog >>> [data-mode="block"]')).toBe(1);
      expect(await count(page, 'vertraulich-dialog >>> [data-action="send"]')).toBe(0);
      await page.close();
    },
  );

  it.skipIf(!form.available)(
    'reads the policy at start-up only: a changed policy applies after a restart',
    async () => {
      // Firefox has no "reload policies" (Chromium re-reads its directory and fires
      // storage.onChanged): administrators must restart Firefox after a change (docs/admin).
      form.install({ ...POLICY, userLabel: 'nach-neustart' }, home);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await managed(await driver.extensionPage())).toMatchObject({ userLabel: 'ff-e2e' });
      await session.close();
      session = await launchFirefox({ home });
      driver = firefoxDriver(session);
      expect(await managed(await driver.extensionPage())).toMatchObject({ userLabel: 'nach-neustart' });
    },
  );
});
