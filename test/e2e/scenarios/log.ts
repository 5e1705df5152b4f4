/**
 * The log scenario both browsers run: a draft carrying a canary string is acknowledged on the
 * WhatsApp fixture; exactly one content-free record is added, and the canary appears in no
 * extension storage area, no IndexedDB database of the extension and none of the page's.
 */
import { expect } from 'vitest';
import type { Driver } from './driver';
import { confirmDialog, openComposer, sentTexts } from './guard';
import { SURFACES } from './surfaces';

export const CANARY = 'Kanarienvogel7F3Q';
// Sensitive by a birth date and a health term tied to a named person; the canary rides along.
const DRAFT = `Hallo Frau ${CANARY}, geb. 12.03.1987, Ihre Depression und der Termin beim Jobcenter`;

export async function acknowledgedDraftLeavesOnlyAContentFreeRecord(driver: Driver): Promise<void> {
  const whatsapp = SURFACES.find((s) => s.name === 'WhatsApp chat')!;
  const page = await openComposer(driver, whatsapp);
  await page.type(DRAFT);
  const before = new Set((await driver.records()).map((r) => r.id));
  await page.press('Enter');
  await confirmDialog(page);
  await expect.poll(() => sentTexts(page), { timeout: 5000 }).toEqual([DRAFT]);
  await expect.poll(async () => (await driver.records()).filter((r) => !before.has(r.id)).length).toBe(1);
  const [added] = (await driver.records()).filter((r) => !before.has(r.id));
  expect(added).toMatchObject({ decision: 'acknowledged', site: 'whatsapp', surface: 'chat' });
  expect(added!.hash).toMatch(/^[0-9a-f]{64}$/u);

  const dump = await driver.storageDump();
  const serialised = JSON.stringify(dump);
  expect(serialised).toContain('vertraulich.log');
  expect(serialised).not.toContain(CANARY);
  expect(serialised).not.toMatch(/Depression|Jobcenter|12\.03\.1987/);
  // The page's own IndexedDB: nothing of ours either (names and every stored value).
  const pageDatabases = await page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      out.push(info.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const request = db.transaction(store).objectStore(store).getAll();
        out.push(await new Promise((resolve) => (request.onsuccess = () => resolve(request.result))));
      }
      db.close();
    }
    return JSON.stringify(out);
  }, null);
  expect(pageDatabases).not.toContain(CANARY);
  expect(page.errors()).toEqual([]);
  await page.close();
}
