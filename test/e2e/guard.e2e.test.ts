/**
 * The guard end to end in Chromium with the built extension, on the Lexical fixture pages
 * served at the real URLs: for every surface, „Bearbeiten“ keeps the draft and the editor keeps
 * working (typing after the warning, undo). The warning, the held send, the acknowledgement and
 * the benign draft are scenarios shared with Firefox: test/e2e/guard-shared.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, type Browser } from './harness';
import { SENSITIVE } from './scenarios/guard';
import { EDITOR, SURFACES, type Surface } from './scenarios/surfaces';

const DIALOG = 'vertraulich-dialog';

/** Opens the surface's composer (the shared steps), waits for the focus and returns the editor. */
async function openComposer(page: Page, c: Surface): Promise<Locator> {
  for (const selector of c.open) await page.locator(selector).first().click();
  const editor = page.locator(c.editor).first();
  await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
  return editor;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ routes: fixtureRoutes() });
});
afterAll(async () => browser?.close());

async function openPage(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator(EDITOR).first().waitFor();
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-vertraulich'))).toBe(true);
  return { page, errors };
}

const sentTexts = (page: Page) => page.locator('[data-testid="sent"] > li').allTextContents();

describe.each(SURFACES)('$name', (c) => {
  it('„Bearbeiten“ sends nothing and keeps the draft; the editor keeps working', async () => {
    const { page } = await openPage(c.url);
    const editor = await openComposer(page, c);
    await page.keyboard.type(SENSITIVE);
    await page.locator(c.sendButton).first().click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(1);
    await page.locator(DIALOG).locator('[data-action="edit"]').click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await sentTexts(page)).toEqual([]);
    expect(await editor.textContent()).toBe(SENSITIVE);
    // Focus is back in the editor: typing after the warning goes on in the draft.
    await expect
      .poll(() => editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement))
      .toBe(true);
    await page.keyboard.press('End');
    await page.waitForTimeout(350); // a separate undo step (history merges within 300 ms)
    await page.keyboard.type(' X');
    expect(await editor.textContent()).toBe(`${SENSITIVE} X`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe(SENSITIVE);
    await page.close();
  });
});
