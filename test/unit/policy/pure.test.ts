import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The policy core runs unchanged in Node (CLI, tests, generator script) and in every extension
// context, so it must not reach for browser, WXT or DOM APIs; src/settings is the glue.
describe('src/policy is pure', () => {
  const files = readdirSync('src/policy').filter((name) => name.endsWith('.ts'));

  it.each(files)('%s imports no browser, WXT or DOM API', (name) => {
    const source = readFileSync(`src/policy/${name}`, 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/gu)].map((m) => m[1] ?? '');
    expect(imports.filter((spec) => !spec.startsWith('.') || spec.includes('settings'))).toEqual(
      imports.filter((spec) => spec === 're2js'),
    );
    expect(source).not.toMatch(/\b(?:document|window|chrome|browser)\s*\./u);
  });

  it('the check itself catches a browser import (near-miss)', () => {
    const source = "import { browser } from 'wxt/browser';";
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/gu)].map((m) => m[1] ?? '');
    expect(imports.filter((spec) => !spec.startsWith('.'))).toEqual(['wxt/browser']);
  });
});
