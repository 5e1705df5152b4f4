/**
 * The fixture pages themselves work, with the built extension loaded but without relying on
 * it: typed text is sent exactly once by Enter or the button, Shift+Enter adds a line, undo
 * works, the mention menu takes Enter. Texts are benign so the guard (if active) lets them pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, type Browser } from './harness';

const BENIGN = 'Treffen wir uns morgen um 10 Uhr?';
const SECOND_LINE = 'Bis dann';
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ routes: fixtureRoutes() });
});
afterAll(async () => browser?.close());

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator(EDITOR).first().waitFor();
  expect(errors).toEqual([]);
  return page;
}

const sentTexts = (page: Page) => page.locator('[data-testid="sent"] > li').allTextContents();

describe('WhatsApp fixture', () => {
  const composer = '#main footer ' + EDITOR;

  it.each(['de', 'en'] as const)('sends the chat draft with Enter and keeps Shift+Enter lines (%s)', async (lang) => {
    const page = await open(`https://web.whatsapp.com/?lang=${lang}`);
    const send = lang === 'de' ? 'Senden' : 'Send';
    await expect.poll(() => page.locator(`#main footer button[aria-label="${send}"]`).count()).toBe(0);
    await page.locator(composer).click();
    await page.keyboard.type(BENIGN);
    await expect.poll(() => page.locator(`#main footer button[aria-label="${send}"]`).count()).toBe(1);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(SECOND_LINE);
    expect(await sentTexts(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`]);
    expect(await page.locator(composer).textContent()).toBe('');
    await expect.poll(() => page.locator(`#main footer button[aria-label="${send}"]`).count()).toBe(0);
    await page.close();
  });

  it('sends with the button, undoes with Control+Z, and picks a mention with Enter', async () => {
    const page = await open('https://web.whatsapp.com/');
    await page.locator(composer).click();
    await page.keyboard.type(BENIGN);
    await page.locator('#main footer span[data-icon="wds-ic-send-filled"]').click();
    expect(await sentTexts(page)).toEqual([BENIGN]);

    await page.keyboard.type('Hallo');
    await page.waitForTimeout(400); // a separate history entry (history merges within 300 ms)
    await page.keyboard.type(' zusammen');
    await page.keyboard.press('Control+z');
    expect(await page.locator(composer).textContent()).toBe('Hallo');

    await page.keyboard.type(' @an');
    await expect.poll(() => page.locator('[role="listbox"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="listbox"]').count()).toBe(0);
    expect(await page.locator(composer).textContent()).toBe('Hallo @Anna Beispiel ');
    expect(await sentTexts(page)).toEqual([BENIGN]);
    await page.close();
  });

  it('sends a media caption from the dialog and closes it', async () => {
    const page = await open('https://web.whatsapp.com/?lang=de');
    await page.locator('#main footer button[aria-label="Anhängen"]').click();
    const caption = page.locator(`${EDITOR}[aria-placeholder^="Bildunterschrift hinzufügen"]`);
    await expect.poll(() => caption.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(BENIGN);
    await page.locator('[data-testid="media-editor"] span[data-icon="send"]').click();
    expect(await sentTexts(page)).toEqual([BENIGN]);
    await expect.poll(() => page.locator('[data-testid="media-editor"]').count()).toBe(0);

    await page.locator('#main footer button[aria-label="Anhängen"]').click();
    await page.keyboard.type(SECOND_LINE);
    await page.keyboard.press('Enter');
    expect(await sentTexts(page)).toEqual([BENIGN, SECOND_LINE]);
    await page.close();
  });
});

describe('Facebook fixture', () => {
  it.each(['de', 'en'] as const)('posts from the dialog, where Enter adds a line (%s)', async (lang) => {
    const page = await open(`https://www.facebook.com/?lang=${lang}`);
    const mind = lang === 'de' ? 'Was machst du gerade' : "What's on your mind";
    await page.getByText(mind).first().click();
    const editor = page.locator(`[role="dialog"] ${EDITOR}[aria-label^="${mind}"]`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(BENIGN);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SECOND_LINE);
    expect(await sentTexts(page)).toEqual([]);
    await page
      .locator(`[role="dialog"] div[role="button"][aria-label="${lang === 'de' ? 'Posten' : 'Post'}"] span`)
      .click();
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`]);
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    await page.close();
  });

  it('toggles the audience and posts after the Next step', async () => {
    const page = await open('https://www.facebook.com/?lang=en&flow=next');
    await page.getByText("What's on your mind").first().click();
    const audience = page.locator('[role="dialog"] [aria-label^="Edit privacy"]');
    expect(await audience.textContent()).toBe('Public');
    await audience.click();
    expect(await audience.textContent()).toBe('Friends');
    await page.locator(`[role="dialog"] ${EDITOR}`).click();
    await page.keyboard.type(BENIGN);
    await page.locator('[role="dialog"] [aria-label="Next"]').click();
    expect(await sentTexts(page)).toEqual([]);
    await page.locator('[role="dialog"] [aria-label="Post"]').click();
    expect(await sentTexts(page)).toEqual([BENIGN]);
    await page.close();
  });

  it('submits comments with Enter and the Comment button; Shift+Enter, undo and mentions work', async () => {
    const page = await open('https://www.facebook.com/?lang=de');
    const first = page.locator(`${EDITOR}[aria-label^="Kommentieren als"]`);
    await first.click();
    await page.keyboard.type(BENIGN);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(SECOND_LINE);
    await page.keyboard.press('Enter');
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`]);

    const second = page.locator(`${EDITOR}[aria-label^="Schreibe einen Kommentar"]`);
    await second.click();
    await page.keyboard.type('Danke');
    await page.waitForTimeout(400);
    await page.keyboard.type(' euch');
    await page.keyboard.press('Control+z');
    expect(await second.textContent()).toBe('Danke');
    await page.keyboard.type(' @max');
    await expect.poll(() => page.locator('[role="listbox"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    expect(await second.textContent()).toBe('Danke @Max Mustermann ');
    await page.locator('[role="article"]').nth(2).locator('div[role="button"][aria-label="Kommentieren"]').click();
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`, 'Danke @Max Mustermann']);

    await page.getByText('Antworten', { exact: true }).click();
    const reply = page.locator(`${EDITOR}[aria-label="Antworten an Lena Beispiel"]`);
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(BENIGN);
    await page.keyboard.press('Enter');
    expect((await sentTexts(page)).at(-1)).toBe(BENIGN);
    await page.close();
  });

  it('sends from a Messenger chat window on the feed (?chat=1)', async () => {
    const page = await open('https://www.facebook.com/?lang=en&chat=1');
    await page.locator(`div[aria-label="Thread composer"] ${EDITOR}`).click();
    await page.keyboard.type(BENIGN);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(SECOND_LINE);
    await page.keyboard.press('Enter');
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`]);
    await page.close();
  });
});

describe('Messenger fixture', () => {
  it.each([
    ['https://www.messenger.com/t/1234567890?lang=en', 'Message', 'Press enter to send'],
    ['https://www.facebook.com/messages/t/1234567890?lang=de', 'Nachricht', 'Zum Senden Eingabetaste drücken'],
  ])('sends from the thread composer at %s', async (url, label, sendLabel) => {
    const page = await open(url);
    const editor = page.locator(`div[aria-label="Thread composer"] ${EDITOR}[aria-label="${label}"]`);
    await editor.click();
    await page.keyboard.type(BENIGN);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(SECOND_LINE);
    await page.keyboard.press('Enter');
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`]);
    await page.keyboard.type('Alles klar');
    await page.waitForTimeout(400);
    await page.keyboard.type(', danke');
    await page.keyboard.press('Control+z');
    expect(await editor.textContent()).toBe('Alles klar');
    await page.locator(`div[role="button"][aria-label="${sendLabel}"] svg`).click();
    expect(await sentTexts(page)).toEqual([`${BENIGN}\n${SECOND_LINE}`, 'Alles klar']);
    expect(await editor.textContent()).toBe('');
    await page.close();
  });
});
