import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/i18n/languages';
import { de, en, t } from '../../../src/i18n/strings';
import { fill } from '../../../src/i18n/translate';

describe('strings', () => {
  it('has the same keys in German and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const table of [de, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Hallo {name}, {missing}', { name: 'Team' })).toBe('Hallo Team, {missing}');
    expect(fill('{n} Einträge', { n: 0 })).toBe('0 Einträge');
    expect(fill('ohne Platzhalter')).toBe('ohne Platzhalter');
    expect(t('de', 'guardActive')).toBe(de.guardActive);
    expect(t('en', 'guardActive')).toBe(en.guardActive);
  });

  it('manifest locales carry name and description in both languages', () => {
    for (const lang of ['de', 'en']) {
      const messages = JSON.parse(readFileSync(`assets/_locales/${lang}/messages.json`, 'utf8')) as Record<
        string,
        { message: string }
      >;
      expect(messages.extName?.message).toBe('Vertraulich');
      expect(messages.extDescription?.message.length).toBeGreaterThan(20);
    }
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'de-DE', 'de'],
    ['auto', 'en-US', 'en'],
    ['auto', 'en', 'en'],
    ['auto', 'tr-TR', 'de'],
    ['auto', 'fr', 'de'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-GB', 'de'],
  ] as const)('%s with browser %s gives %s', (pref, browser, expected) => {
    expect(resolveLanguage(pref, browser)).toBe(expected);
  });
});
