/**
 * "Meine Klientinnen und Klienten" on the options page, with WXT's fake storage: names typed
 * or imported are stored as tags only, the text field is cleared, counts are clear, a 5,000-
 * line import runs in chunks that let the page breathe, and deleting removes the key.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createClientMatcher } from '../../../src/caseload/matcher';
import { loadCaseload } from '../../../src/settings/caseload';
import { mountCaseloadSection, type CaseloadSectionDeps } from '../../../src/ui/options/caseload-section';

const byId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

function mount(deps: CaseloadSectionDeps = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const section = mountCaseloadSection(container, {
    language: 'de',
    watchEnabled: (callback) => callback(true, false),
    ...deps,
  });
  const input = byId(container, 'caseload-input') as HTMLTextAreaElement;
  const click = async (id: string) => {
    byId(container, id).click();
    await section.busy;
  };
  const addLines = async (text: string) => {
    input.value = text;
    await click('caseload-save');
  };
  const chooseFile = async (bytes: Uint8Array, name = 'export.csv') => {
    const file = byId(container, 'caseload-file') as HTMLInputElement;
    const chosen = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'text/csv' });
    Object.defineProperty(file, 'files', { value: [chosen], configurable: true });
    file.dispatchEvent(new Event('change'));
    await section.busy;
  };
  const text = (id: string) => byId(container, id).textContent ?? '';
  return { container, section, input, click, addLines, chooseFile, text };
}

async function storageDump(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('caseload section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });

  it('stores typed names as tags only, clears the field, shows the count and never which names', async () => {
    const ui = mount();
    await expect.poll(() => ui.text('caseload-count')).toBe('Noch keine Namen gespeichert.');
    await ui.addLines('Omid Rahimi\nJoanna Szymańska\n');
    expect(ui.input.value).toBe('');
    expect(ui.text('caseload-count')).toBe('Gespeichert: 2 Namen.');
    expect(ui.text('caseload-result')).toBe('2 Namen hinzugefügt.');
    const dump = await storageDump();
    // Canary: neither the names nor their folded forms are anywhere in storage or on the page.
    for (const word of ['omid', 'rahimi', 'joanna', 'szyma']) {
      expect(dump.toLowerCase()).not.toContain(word);
      expect(ui.container.textContent!.toLowerCase()).not.toContain(word);
    }
    // ... yet the content script's matcher, built from what is stored, knows them.
    const matcher = createClientMatcher((await loadCaseload())!);
    expect(['omid', 'rahimi', 'omid rahimi', 'szymanska'].map((w) => matcher.has(w))).toEqual([true, true, true, true]);
    expect(['kaiser', 'omar', 'rahim'].map((w) => matcher.has(w))).toEqual([false, false, false]);
  });

  it('counts duplicates (also in another spelling), empty and invalid lines', async () => {
    const ui = mount();
    await ui.addLines('Omid Rahimi');
    await ui.addLines('OMID RAHIMI\nRahimi, Omid\n\nKai\nKai\n---\n');
    expect(ui.text('caseload-result')).toBe(
      '1 Name hinzugefügt. Übersprungen: 3 doppelt, 1 leer, 1 ohne gültigen Namen.',
    );
    expect(ui.text('caseload-count')).toBe('Gespeichert: 2 Namen.');
  });

  it.each([
    [
      'Windows-1252, semicolons, header, empty lines, duplicates',
      cp1252(
        'Nr;Nachname;Vorname;Geburtsdatum\r\n1;Groß;Jürgen;1.1.1990\r\n\r\n2;Groß;Jürgen;\r\n3;Öztürk;Zoë;\r\n4;;;\r\n',
      ),
      'windows-1252',
      '2 Namen hinzugefügt. Übersprungen: 1 doppelt, 2 leer. Zeichensatz der Datei: windows-1252.',
      ['jurgen gross', 'ozturk', 'zoe'],
    ],
    [
      'UTF-8 with BOM, commas, quotes',
      new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...new TextEncoder().encode('Vorname,Nachname\n"Ayşe","Şahin"\n"Jean-Luc","Dupont, jr"\n'),
      ]),
      'utf-8-bom',
      '2 Namen hinzugefügt. Zeichensatz der Datei: utf-8-bom.',
      ['ayse sahin', 'jean-luc'],
    ],
  ])('imports %s', async (_, bytes, encoding, result, known) => {
    const ui = mount();
    await ui.chooseFile(bytes);
    expect(byId(ui.container, 'caseload-columns').hidden).toBe(false);
    // The columns are guessed from the titles; the worker could change them.
    const first = byId(ui.container, 'caseload-first-column') as HTMLSelectElement;
    const last = byId(ui.container, 'caseload-last-column') as HTMLSelectElement;
    expect(first.selectedOptions[0]!.textContent).toMatch(/Vorname$/);
    expect(last.selectedOptions[0]!.textContent).toMatch(/Nachname$/);
    await ui.click('caseload-import');
    expect(ui.text('caseload-result')).toBe(result);
    expect(ui.text('caseload-result')).toContain(encoding);
    const matcher = createClientMatcher((await loadCaseload())!);
    for (const words of known) expect(matcher.has(words), words).toBe(true);
    expect(matcher.has('1990')).toBe(false); // the date column was never read
    expect((byId(ui.container, 'caseload-file') as HTMLInputElement).value).toBe('');
    expect(await storageDump()).not.toMatch(/jürgen|jurgen|ayşe|ayse|dupont|ztürk|zturk/i);
  });

  it('hashes a 5,000-line import in chunks, letting timers run in between', async () => {
    let pauses = 0;
    const ui = mount({
      pause: () => {
        pauses++;
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    const lines = Array.from({ length: 5000 }, (_, i) => `Vorname${toLetters(i)} Nachname${toLetters(i)}`);
    let timerRan = false;
    ui.input.value = lines.join('\n');
    ui.container.querySelector<HTMLElement>('[data-testid="caseload-save"]')!.click();
    setTimeout(() => (timerRan = !ui.section.busy ? timerRan : true), 0);
    const progress = byId(ui.container, 'caseload-progress');
    expect(progress.hidden).toBe(false);
    await ui.section.busy;
    // A timer set after the import started ran while it was still under way: the page was not frozen.
    expect(timerRan).toBe(true);
    expect(pauses).toBe(19); // 5,000 names in chunks of 250
    expect(ui.text('caseload-count')).toBe('Gespeichert: 5000 Namen.');
    expect(ui.text('caseload-result')).toBe('5000 Namen hinzugefügt.');
    expect(progress.hidden).toBe(true);
  }, 60_000);

  it('keeps the input when storing fails, and says so', async () => {
    const ui = mount({
      save: () => Promise.reject(new Error('quota')),
    });
    await ui.addLines('Omid Rahimi');
    expect(ui.input.value).toBe('Omid Rahimi');
    expect(ui.text('caseload-result')).toContain('nicht gespeichert');
    expect(await loadCaseload()).toBeNull();
  });

  it('deleting the list deletes the key, after a confirmation', async () => {
    const ui = mount();
    await ui.addLines('Omid Rahimi');
    const before = await fakeBrowser.storage.local.get('caseload');
    expect(Object.keys(before)).toEqual(['caseload']);
    await ui.click('caseload-delete');
    expect(await loadCaseload()).not.toBeNull(); // not yet: the worker is asked first
    expect(ui.text('caseload-delete-confirm')).toContain('1 Namen');
    await ui.click('caseload-delete-confirm');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(ui.text('caseload-count')).toBe('Noch keine Namen gespeichert.');
    // A new list gets a new key: the old tags would not match with it.
    await ui.addLines('Omid Rahimi');
    const after = await fakeBrowser.storage.local.get('caseload');
    expect((after.caseload as { key: string }).key).not.toBe((before.caseload as { key: string }).key);
  });

  it.each([
    [true, false, true, ''],
    [false, true, false, 'Ihre Organisation hat'],
    [false, false, false, 'ist oben unter'],
  ])('caseload on: %s, set by the organisation: %s → note hidden: %s', (enabled, byOrganisation, hidden, text) => {
    const ui = mount({ watchEnabled: (callback) => callback(enabled, byOrganisation) });
    expect(byId(ui.container, 'caseload-off').hidden).toBe(hidden);
    if (!hidden) expect(ui.text('caseload-off')).toContain(text);
  });
});

/**
 * Distinct consonant-only suffixes, so every generated line is a different name also after
 * folding (with vowels, "…ue" and "…u" would fold alike).
 */
function toLetters(n: number): string {
  const consonants = 'bcdfghjklmnpqrstvwxz';
  let s = '';
  do {
    s = consonants[n % consonants.length]! + s;
    n = Math.floor(n / consonants.length);
  } while (n > 0);
  return s;
}
