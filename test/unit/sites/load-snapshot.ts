/**
 * Loads a committed fixture snapshot (test/fixtures/sites/snapshots/<name>.<lang>.html, made by
 * test/fixtures/sites/snapshot.ts) into happy-dom's document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteAdapter } from '../../../src/sites/types';

export type SnapshotLang = 'de' | 'en';
/** Every state exists in German and English; some also in Russian (non-Latin script, see snapshot.ts). */
export const LANGS: readonly SnapshotLang[] = ['de', 'en'];

const DIR = join(process.cwd(), 'test/fixtures/sites/snapshots');

export function loadSnapshot(name: string, lang: SnapshotLang | 'ru', doc: Document = document): Document {
  const html = readFileSync(join(DIR, `${name}.${lang}.html`), 'utf8');
  doc.documentElement.innerHTML = `<head></head>${html}`;
  return doc;
}

/** querySelector that fails the test with a clear message instead of returning null. */
export function $(selector: string, root: ParentNode = document): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return element;
}

/**
 * Calls every read-only question an adapter answers, on every composer and element of the
 * page, so a test can check that none of them changed the page.
 */
export function askEverything(adapter: SiteAdapter, doc: Document = document): void {
  for (const composer of adapter.findComposers(doc)) {
    adapter.composerFor(composer.editor);
    adapter.findSendControl(composer, doc);
    adapter.isMenuOpen(composer, doc);
    adapter.anchorFor(composer);
    adapter.isPublicAudience?.(composer, doc);
  }
  for (const element of doc.querySelectorAll('*')) adapter.sendControlFor(element, doc);
}
