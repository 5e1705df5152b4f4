import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The pure part of the log runs in Node (tests, a collector-side verifier) unchanged: no
// browser, WXT or DOM APIs. Checked on the import lines and the obvious globals.
const PURE = ['record', 'chain', 'export', 'queue', 'log-policy', 'known-kinds'];

describe('pure log modules', () => {
  it.each(PURE)('src/log/%s.ts imports nothing from the browser', (name) => {
    const source = readFileSync(`src/log/${name}.ts`, 'utf8');
    const imports = [...source.matchAll(/^import[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    for (const path of imports) expect(path, `${name} imports ${path}`).toMatch(/^\.\.?\//);
    for (const path of imports) expect(path).not.toMatch(/settings|store|background|items|wxt/);
    expect(source).not.toMatch(/\b(browser|chrome|document|window|localStorage|indexedDB)\./);
  });
});
