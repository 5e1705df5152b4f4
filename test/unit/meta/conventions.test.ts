/**
 * The conventions of CONTRIBUTING.md, enforced by a test rather than by memory (Refined
 * GitHub's build/features.test.ts): every recognizer is one file, registered once, with a test
 * holding tables of positives and near-misses; every kind it emits has a UI label and is a kind
 * the log accepts; the pure core imports no browser code; entrypoints stay wiring; storage keys
 * and message types are declared once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizers } from '../../../src/detect/registry';
import { BUILT_IN_KINDS } from '../../../src/log/known-kinds';
import { guardDe, guardEn } from '../../../src/ui/guard-strings';

const RECOGNIZER_DIR = 'src/detect/recognizers';
const recognizerModules = import.meta.glob<{ recognizer?: { id: string; kinds: readonly string[] } }>(
  '../../../src/detect/recognizers/*.ts',
  { eager: true },
);
const recognizerFiles = readdirSync(RECOGNIZER_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Source without comments, so prose such as "the browser." does not count as code. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** Browser, WXT or glue imports a pure-core file must not have. */
function forbiddenImports(source: string): string[] {
  return importsOf(source).filter(
    (spec) =>
      /^(wxt|#imports|webextension-polyfill|@wxt-dev\/)/.test(spec) ||
      /(^|\/)(guard|ui|settings|log|messaging|background|sites)(\/|$)/.test(spec),
  );
}

describe('recognizers', () => {
  it.each(recognizerFiles)('%s: one file, id equal to its name, registered exactly once', (id) => {
    const module = recognizerModules[`../../../${RECOGNIZER_DIR}/${id}.ts`];
    expect(module?.recognizer?.id).toBe(id);
    // custom-patterns emits the administrator's pattern names, so it declares no fixed kind.
    if (id !== 'custom-patterns') expect(module?.recognizer?.kinds.length).toBeGreaterThan(0);
    expect(recognizers.filter((r) => r.id === id)).toHaveLength(1);
  });

  it('the registry holds nothing but those files', () => {
    expect(recognizers.map((r) => r.id).sort()).toEqual([...recognizerFiles].sort());
  });

  it.each(recognizerFiles)('%s: has a test with tables of positives and near-misses', (id) => {
    const source = readFileSync(`test/unit/detect/recognizers/${id}.test.ts`, 'utf8');
    expect(source).toContain(`src/detect/recognizers/${id}`);
    // At least two tables: what must match, and what must not.
    expect(source.match(/\bit\.each\(/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  const fixedKinds = recognizers.flatMap((r) => r.kinds.filter((kind) => !kind.startsWith('<')));
  it.each(fixedKinds)('kind %s has a German and English label and is accepted by the log', (kind) => {
    const key = `kind.${kind}`;
    const isNamed = key in guardDe;
    // Kinds without their own label fall back to the category label, which always exists.
    if (isNamed) expect((guardEn as Record<string, string>)[key]).toBeTruthy();
    expect(BUILT_IN_KINDS.has(kind)).toBe(true);
  });
});

describe('the pure core', () => {
  const pure = [...filesUnder('src/detect'), ...filesUnder('src/policy'), ...filesUnder('src/caseload')];
  it.each(pure)('%s imports no browser, WXT, DOM or glue code', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(forbiddenImports(source)).toEqual([]);
    // (`window` is left out: recognizers use it as a variable name for a text window.)
    expect(code(source)).not.toMatch(/\b(?:document|chrome|browser|navigator|localStorage)\s*\./);
  });

  it('the check itself catches a browser import (near-miss)', () => {
    expect(forbiddenImports("import { browser } from 'wxt/browser';")).toEqual(['wxt/browser']);
    expect(forbiddenImports("import { x } from '../guard/start-guard';")).toEqual(['../guard/start-guard']);
    expect(forbiddenImports("import { scan } from './index';")).toEqual([]);
  });
});

describe('content-script start-up', () => {
  // The guard reaches the detector through src/guard/lazy-detector.ts, evaluated on first use;
  // a value import of src/detect elsewhere in content-script code would evaluate it at page load.
  const contentScriptCode = ['src/guard', 'src/ui', 'src/sites', 'src/settings', 'src/i18n', 'src/messaging'].flatMap(
    (dir) => filesUnder(dir),
  );
  it.each(contentScriptCode)('%s imports from src/detect only types (or the tiny types module)', (file) => {
    const source = code(readFileSync(file, 'utf8'));
    const valueImports = [...source.matchAll(/import\s+(?!type\b)[^;]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(valueImports.filter((spec) => /(^|\/)detect(\/|$)/.test(spec) && !spec.endsWith('detect/types'))).toEqual(
      [],
    );
  });
});

describe('entrypoints are wiring', () => {
  const entries = filesUnder('entrypoints');
  it.each(entries)('%s is at most 30 lines and calls into src/', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    expect(importsOf(source).some((spec) => spec.includes('src/'))).toBe(true);
  });
});

describe('declared once', () => {
  const sources = filesUnder('src').map((file) => readFileSync(file, 'utf8'));

  it('every storage key is defined by exactly one storage.defineItem', () => {
    const keys = sources.flatMap((s) =>
      [...s.matchAll(/defineItem(?:<[^(]*>)?\(\s*[`'"]([^`'"]+)[`'"]/g)].map((m) => m[1]),
    );
    expect(keys.length).toBeGreaterThan(3);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('runtime messages are sent only through the typed helpers', () => {
    const raw = filesUnder('src').filter((file) => {
      if (file.startsWith('src/messaging/')) return false;
      return /(?:runtime|tabs)\.sendMessage\(/.test(readFileSync(file, 'utf8'));
    });
    expect(raw).toEqual([]);
  });
});
