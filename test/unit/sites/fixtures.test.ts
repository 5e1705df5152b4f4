/**
 * Conventions for site knowledge: every adapter has a fixture page and committed snapshots in
 * both languages, the fixture routes serve the page the adapter is responsible for, and the
 * fixture builder produces one self-contained HTML page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES, FIXTURE_ROUTES, fixtureHtml, fixtureNameFor, fixtureRoutes } from '../../fixtures/sites/build';
import { ADAPTERS, adapterFor } from '../../../src/sites/index';

const SNAPSHOTS = 'test/fixtures/sites/snapshots';

/** A concrete URL for a route glob: "**" becomes a path. */
const exampleUrl = (pattern: string) => new URL(pattern.replace('**', 't/1234567890'));

describe('site fixtures', () => {
  it('every adapter has a fixture page and German and English snapshots', () => {
    const files = readdirSync(SNAPSHOTS);
    for (const adapter of ADAPTERS) {
      expect(FIXTURE_NAMES).toContain(adapter.id);
      expect(existsSync(`test/fixtures/sites/${adapter.id}.ts`)).toBe(true);
      for (const lang of ['de', 'en'])
        expect(
          files.filter((file) => file.startsWith(`${adapter.id}-`) && file.endsWith(`.${lang}.html`)).length,
        ).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(FIXTURE_ROUTES))('%s serves the %s fixture, the page its adapter is for', (pattern, name) => {
    const url = exampleUrl(pattern);
    expect(fixtureNameFor(url)).toBe(name);
    expect(adapterFor(url)?.id).toBe(name);
  });

  it.each([
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.facebook.com/messages/t/1', 'messenger'],
    ['https://www.facebook.com/messagesfromthepast', 'facebook'],
    ['https://example.org/', null],
  ])('fixtureNameFor(%s) is %s', (url, name) => {
    expect(fixtureNameFor(new URL(url))).toBe(name);
  });

  it('builds one self-contained page per fixture and language', () => {
    const en = fixtureHtml('messenger', { lang: 'en' });
    const de = fixtureHtml('messenger');
    expect(en).toContain('<html lang="en">');
    expect(de).toContain('<html lang="de">');
    expect(en.match(/<script/g)).toHaveLength(1);
    expect(en).not.toMatch(/<script[^>]*\ssrc=/);
    expect(en).not.toMatch(/<link[^>]*stylesheet/);
    // The only closing script tag is the page's own.
    expect(en.match(/<\/script/gi)).toHaveLength(1);
    expect(en).toContain('data-lexical-editor');
  });

  it('route bodies honour ?lang= and fall back to the default language', () => {
    const routes = fixtureRoutes('de');
    const body = routes['https://www.messenger.com/**']!;
    expect(body(new URL('https://www.messenger.com/t/1?lang=en'))).toContain('<html lang="en">');
    expect(body(new URL('https://www.messenger.com/t/1'))).toContain('<html lang="de">');
    expect(body(new URL('https://www.messenger.com/t/1?lang=fr'))).toContain('<html lang="de">');
  });
});
