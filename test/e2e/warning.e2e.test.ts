/**
 * The warning that helps, end to end in Chromium with the built extension on the Lexical
 * fixture pages: the dialog's safe default (Enter right after it opens does not send), a reason
 * required and logged, a one-click fix applied through Lexical and undone with Ctrl+Z, consent
 * asked for a public post naming a person, and „In <Kanal> weiterschreiben“ with its `moved`
 * record. The channel needs an administrator policy: a JSON file in Chromium's managed policy
 * directory (run inside a private mount namespace, see the preamble; skipped without root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, storedRecords, type Browser } from './harness';
import { canWritePolicy, managedPolicyFile } from './managed-policy';

const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const CHAT = `#main footer ${EDITOR}`;
const DIALOG = 'vertraulich-dialog';
const PANEL = 'vertraulich-panel';
const SENSITIVE = 'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter wegen Ihrer Depression';
const CHANNEL = 'https://beratung.example/chat';

const writable = canWritePolicy();
const policyFile = managedPolicyFile('vertraulich-warning-e2e');

let browser: Browser;
beforeAll(async () => {
  if (writable)
    policyFile.write({
      approvedChannel: { name: 'Assisto', url: CHANNEL },
      contactPerson: { name: 'P. Muster', email: 'datenschutz@traeger.example', phone: '030 123 45' },
    });
  browser = await launch({ routes: { ...fixtureRoutes(), [CHANNEL]: '<title>Assisto</title>' } });
});
afterAll(async () => {
  if (writable) policyFile.remove();
  await browser?.close();
});

const records = () => storedRecords(browser);

async function newRecords<T>(act: () => Promise<T>): Promise<Array<Record<string, unknown>>> {
  const before = new Set((await records()).map((r) => r.id));
  await act();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (await records()).filter((r) => !before.has(r.id));
}

const sentTexts = (page: Page) => page.locator('[data-testid="sent"] > li').allTextContents();

async function whatsapp(): Promise<{ page: Page; editor: Locator }> {
  const page = await browser.context.newPage();
  await page.goto('https://web.whatsapp.com/?lang=de');
  const editor = page.locator(CHAT);
  await editor.waitFor();
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-vertraulich'))).toBe(true);
  await editor.click();
  return { page, editor };
}

/** The element focused inside our dialog's shadow root. */
const focusedInDialog = (page: Page) =>
  page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null,
    DIALOG,
  );

describe('the acknowledgement dialog', () => {
  it('safe default: focus on „Bearbeiten“, Enter right after opening does not send', async () => {
    const { page, editor } = await whatsapp();
    await page.keyboard.type(SENSITIVE);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(DIALOG).count()).toBe(1);
    expect(await focusedInDialog(page)).toBe('edit');
    const added = await newRecords(() => page.keyboard.press('Enter'));
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await sentTexts(page)).toEqual([]);
    expect(await editor.textContent()).toBe(SENSITIVE);
    expect(added.map((r) => r.decision)).toEqual(['edited']);
    await page.close();
  });

  it('sending anyway needs a reason; the reason is logged', async () => {
    const { page } = await whatsapp();
    await page.keyboard.type(SENSITIVE);
    await page.keyboard.press('Enter');
    const dialog = page.locator(DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    const send = dialog.locator('[data-action="send"]');
    expect(await send.isVisible()).toBe(true);
    expect(await send.textContent()).toBe('Trotzdem senden');
    // Playwright waits for aria-disabled buttons to become enabled; a user can click it at once.
    await send.click({ force: true });
    await page.waitForTimeout(300);
    expect(await sentTexts(page)).toEqual([]);
    expect(await dialog.locator('[role="alert"]').textContent()).toMatch(/Grund/);
    const added = await newRecords(async () => {
      await dialog.locator('[data-reason="necessary"]').check();
      await send.click();
      await expect.poll(() => sentTexts(page)).toEqual([SENSITIVE]);
    });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ decision: 'acknowledged', reason: 'necessary' });
    expect(JSON.stringify(added)).not.toMatch(/Becker|Depression|1987/);
    await page.close();
  });
});

describe('findings in the panel', () => {
  it('a finding selects its span; a name fix goes through Lexical, Ctrl+Z undoes it, typing goes on', async () => {
    const { page, editor } = await whatsapp();
    const draft = 'Hallo Frau Becker, wie geht es mit der Depression?';
    await page.keyboard.type(draft);
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.locator('button[data-finding]').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await panel.locator('button[data-finding="0"]').click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Becker');
    expect(await panel.locator('[data-why]').textContent()).toMatch(/^Name: /);
    expect(await editor.textContent()).toBe(draft);

    await panel.locator('button[data-fix="0"]').click();
    await expect.poll(() => editor.textContent()).toBe('Hallo Frau B., wie geht es mit der Depression?');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe(draft);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Bis bald');
    await expect.poll(() => editor.textContent()).toBe(`${draft} Bis bald`);
    await page.close();
  });

  it('a birth date is removed with one click', async () => {
    const { page, editor } = await whatsapp();
    await page.keyboard.type('Hallo Frau Becker, geb. 12.03.1987, wie geht es?');
    const fix = page.locator(PANEL).locator('button[data-fix]', { hasText: 'Entfernen' });
    await expect.poll(() => fix.count(), { timeout: 5000 }).toBe(1);
    await fix.click();
    await expect.poll(() => editor.textContent()).toBe('Hallo Frau Becker, wie geht es?');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe('Hallo Frau Becker, geb. 12.03.1987, wie geht es?');
    await page.close();
  });
});

describe('public Facebook posts', () => {
  it('asks for consent for a post that only names a person, consent first, post wording; logs it', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/?lang=de');
    await page.locator(EDITOR).first().waitFor();
    await page.getByText('Was machst du gerade').first().click();
    const editor = page.locator(`[role="dialog"] ${EDITOR}`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = 'Wir gratulieren Frau Weber zum Abschluss!';
    await page.keyboard.type(text);
    await page.waitForTimeout(400);
    await page.locator('[role="dialog"] div[role="button"][aria-label="Posten"]').click();
    const dialog = page.locator(DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).not.toMatch(/Nachricht/);
    expect(await dialog.locator('input[data-reason]').first().getAttribute('data-reason')).toBe('consent');
    expect(await dialog.locator('[data-action="send"]').textContent()).toBe('Trotzdem veröffentlichen');
    const added = await newRecords(async () => {
      await dialog.locator('[data-reason="consent"]').check();
      await dialog.locator('[data-action="send"]').click();
      await expect.poll(() => page.locator('[data-testid="sent"] > li').count()).toBeGreaterThan(0);
    });
    expect(added[0]).toMatchObject({
      decision: 'acknowledged',
      surface: 'post',
      consentConfirmed: true,
      reason: 'consent',
    });
    await page.close();
  });
});

describe.skipIf(!writable)('„In <Kanal> weiterschreiben“', () => {
  it('copies the draft, opens the channel in a new tab, keeps the draft and logs moved', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://web.whatsapp.com',
    });
    const { page, editor } = await whatsapp();
    await page.keyboard.type(SENSITIVE);
    // Chromium delivers managed policy a few seconds after start: wait until the panel names the channel.
    await expect.poll(() => page.locator(PANEL).locator(`a[href="${CHANNEL}"]`).count(), { timeout: 15_000 }).toBe(1);
    await page.keyboard.press('Enter');
    const dialog = page.locator(DIALOG);
    const move = dialog.locator('[data-action="move"]');
    await expect.poll(() => move.count(), { timeout: 10_000 }).toBe(1);
    expect(await move.textContent()).toBe('In Assisto weiterschreiben');
    expect(await dialog.locator(`a[href="${CHANNEL}"]`).count()).toBe(1);
    expect(await dialog.locator('a[href="mailto:datenschutz@traeger.example"]').count()).toBe(1);
    expect(await dialog.locator('a[href="tel:03012345"]').count()).toBe(1);
    let opened: Page | null = null;
    const added = await newRecords(async () => {
      const popup = browser.context.waitForEvent('page');
      await move.click();
      opened = await popup;
    });
    await expect.poll(() => opened!.url()).toBe(CHANNEL);
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await editor.textContent()).toBe(SENSITIVE);
    expect(await sentTexts(page)).toEqual([]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SENSITIVE);
    expect(added.map((r) => r.decision)).toEqual(['moved']);
    expect(JSON.stringify(added)).not.toMatch(/Becker|Depression|1987/);
    await page.close();
  });
});
