/**
 * Loads a committed fixture snapshot (test/fixtures/sites/snapshots/<name>.<lang>.html, made by
 * test/fixtures/sites/snapshot.ts) into happy-dom's document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SnapshotLang = 'de' | 'en';
export const LANGS: readonly SnapshotLang[] = ['de', 'en'];

const DIR = join(process.cwd(), 'test/fixtures/sites/snapshots');

export function loadSnapshot(name: string, lang: SnapshotLang, doc: Document = document): Document {
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
