/**
 * The guard scenarios both browsers run, on every surface of test/e2e/scenarios/surfaces.ts:
 * a sensitive draft is warned about (categories only, outside the editor), highlighted, held on
 * Enter and on the send button, and sent exactly once and unchanged after the acknowledgement,
 * with a content-free record; a benign draft goes through with no dialog, and Shift+Enter stays
 * a line break. Chromium runs them in test/e2e/guard-shared.e2e.test.ts, Firefox in
 * test/e2e/firefox/guard.firefox.test.ts.
 */
import { expect } from 'vitest';
import type { Driver, DriverPage } from './driver';
import type { Surface } from './surfaces';

// With a birth date, so it is sensitive by identifier alone, not only once names are detected.
export const SENSITIVE =
  'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter wegen der Sanktion und Ihre Depression';
export const SENSITIVE_WORDS = /Becker|Depression|Jobcenter|Sanktion|12\.03\.1987/;
export const BENIGN = 'Treffen wir uns morgen um 10 Uhr?';
const DIALOG = 'vertraulich-dialog';
const PANEL = 'vertraulich-panel';

/** Elements matching `selector` (`host >>> inner` looks into the host's open shadow root). */
export function count(page: DriverPage, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const [outer, inner] = sel.split(' >>> ');
    const hosts = [...document.querySelectorAll(outer!)];
    if (inner === undefined) return hosts.length;
    return hosts.reduce((n, host) => n + (host.shadowRoot?.querySelectorAll(inner).length ?? 0), 0);
  }, selector);
}

export function text(page: DriverPage, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const [outer, inner] = sel.split(' >>> ');
    const host = document.querySelector(outer!);
    const element = inner === undefined ? host : (host?.shadowRoot?.querySelector(inner) ?? null);
    return element?.textContent ?? null;
  }, selector);
}

export const sentTexts = (page: DriverPage): Promise<string[]> =>
  page.evaluate(
    () => [...document.querySelectorAll('[data-testid="sent"] > li')].map((li) => li.textContent ?? ''),
    null,
  );

/**
 * Highlighted ranges, read in the page: the registry belongs to the document. The guard's
 * highlight has a random name (issue 12, finding 14); the fixture pages register no other.
 */
const highlightCount = (page: DriverPage): Promise<number> =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.values() ?? [])].reduce((sum, highlight) => sum + highlight.size, 0);
  }, null);

const editorHasFocus = (page: DriverPage, editor: string): Promise<boolean> =>
  page.evaluate((sel) => {
    const element = document.querySelector(sel);
    return !!element && (element === document.activeElement || element.contains(document.activeElement));
  }, editor);

/** Opens the surface's composer and waits until its editor has the focus. */
export async function openComposer(driver: Driver, surface: Surface): Promise<DriverPage> {
  const page = await driver.openSite(surface.url);
  for (const selector of surface.open) await page.click(selector);
  await expect.poll(() => editorHasFocus(page, surface.editor)).toBe(true);
  return page;
}

/** Chooses the first reason offered (consent first on a public post naming a person) and sends, with trusted clicks. */
export async function confirmDialog(page: DriverPage): Promise<void> {
  await page.click(`${DIALOG} >>> input[data-reason]`);
  await page.click(`${DIALOG} >>> [data-action="send"]`);
}

export interface GuardScenario {
  name: string;
  run(driver: Driver, surface: Surface): Promise<void>;
}

export const GUARD_SCENARIOS: readonly GuardScenario[] = [
  {
    name: 'warns, highlights, stops Enter and the button, sends once and unchanged after acknowledgement, with a record',
    async run(driver, c) {
      const page = await openComposer(driver, c);
      await page.type(SENSITIVE);
      await expect.poll(() => count(page, PANEL), { timeout: 5000 }).toBe(1);
      const panelText = await text(page, `${PANEL} >>> [role="status"]`);
      expect(panelText).toMatch(/Gesundheitsangabe/);
      expect(panelText).not.toMatch(SENSITIVE_WORDS);
      // The panel is outside the editor.
      expect(await count(page, `${c.editor} ${PANEL}`)).toBe(0);
      await expect.poll(() => highlightCount(page)).toBeGreaterThan(0);

      if (c.enterSends) {
        await page.press('Enter');
        await expect.poll(() => count(page, DIALOG)).toBe(1);
        expect(await sentTexts(page)).toEqual([]);
        await page.press('Escape');
        await expect.poll(() => count(page, DIALOG)).toBe(0);
      }
      await page.click(c.sendButton);
      await expect.poll(() => count(page, DIALOG)).toBe(1);
      expect(await sentTexts(page)).toEqual([]);
      expect(await count(page, `${DIALOG} >>> [role="dialog"][aria-modal="true"]`)).toBe(1);

      const before = (await driver.records()).length;
      await confirmDialog(page);
      await expect.poll(() => sentTexts(page)).toEqual([SENSITIVE]);
      await expect.poll(() => count(page, DIALOG)).toBe(0);
      const after = await driver.records();
      const added = after.slice(before);
      expect(added.some((r) => r.decision === 'acknowledged' && r.surface === c.surface && r.site === c.site)).toBe(
        true,
      );
      // Nothing of the draft reached the log.
      expect(JSON.stringify(after)).not.toMatch(SENSITIVE_WORDS);
      // Exactly once, also a moment later.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await sentTexts(page)).toEqual([SENSITIVE]);
      expect(page.errors()).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'sends a benign draft with no dialog; Shift+Enter adds a line',
    async run(driver, c) {
      const page = await openComposer(driver, c);
      await page.type(BENIGN);
      await page.press('Shift+Enter');
      await page.type('Bis dann');
      expect(await sentTexts(page)).toEqual([]);
      if (c.enterSends) await page.press('Enter');
      else await page.click(c.sendButton);
      await expect.poll(() => sentTexts(page)).toEqual([`${BENIGN}\nBis dann`]);
      expect(await count(page, DIALOG)).toBe(0);
      expect(await count(page, PANEL)).toBe(0);
      await page.close();
    },
  },
];
