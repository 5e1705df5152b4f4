/**
 * The README's screenshots, taken from the current build on the fixture pages, so they cannot
 * drift from what users see. A plain test run writes them to test-results/screenshots (the flow
 * is still exercised, the tracked files stay untouched); `npm run screenshots` writes
 * docs/screenshots/*.png (commit them when the UI changes).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, type Browser } from './harness';

const OUT = process.env.VERTRAULICH_SCREENSHOTS_DIR || 'test-results/screenshots';
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const DRAFT =
  'Hallo Frau Becker, wie besprochen: Ihr Termin beim Jobcenter wegen der Sanktion ist am Montag. Wie geht es mit Ihrer Depression?';

describe('README screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launch({ routes: fixtureRoutes() });
  });
  afterAll(async () => browser?.close());

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.goto(url);
    await page.locator(EDITOR).first().waitFor();
    return page;
  }

  it('WhatsApp: inline warning with highlights, then the acknowledgement dialog', async () => {
    const page = await open('https://web.whatsapp.com/?lang=de');
    await page.locator(`#main footer ${EDITOR}`).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => page.locator('vertraulich-panel').count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(300);
    // The first finding activated: selected in the draft, with its one line on why it matters.
    await page.locator('vertraulich-panel button[data-finding]').first().click();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/whatsapp-warning.png` });
    await page.locator(`#main footer ${EDITOR}`).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('vertraulich-dialog').count()).toBe(1);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/whatsapp-dialog.png` });
    await page.close();
  });

  it('Facebook post: warning and dialog asking for written consent', async () => {
    const page = await open('https://www.facebook.com/?lang=de');
    await page.getByText('Was machst du gerade').first().click();
    const editor = page.locator(`[role="dialog"] ${EDITOR}`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Danke an Frau Becker vom Frauenhaus für ihre Geschichte – sie hat die Gewalt überlebt.');
    await expect.poll(() => page.locator('vertraulich-panel').count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/facebook-post-warning.png` });
    await page.locator('[role="dialog"] div[role="button"][aria-label="Posten"]').click();
    await expect.poll(() => page.locator('vertraulich-dialog').count()).toBe(1);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/facebook-post-dialog.png` });
    await page.close();
  });
});
