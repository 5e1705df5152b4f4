import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../src/log/record';
import { CATEGORY_NAMES, categoryCode, categoryName } from '../../../../src/ui/options/category-names';
import { fromLines, toLines } from '../../../../src/ui/options/policy-section';

describe('category names on the options page', () => {
  it('names every category in both languages', () => {
    for (const lang of ['de', 'en'] as const)
      for (const category of CATEGORIES) expect(CATEGORY_NAMES[lang][category]).toBeTruthy();
  });

  it.each([
    ['Gesundheit', 'health'],
    ['gesundheit', 'health'],
    ['Besondere Kategorie', 'special'],
    ['Social data', 'social'],
    ['identifier', 'identifier'],
    // near-miss: unknown names are passed through for the validator to report
    ['Gesundheitswesen', 'Gesundheitswesen'],
  ])('%s → %s', (name, code) => {
    expect(categoryCode(name)).toBe(code);
  });

  it('custom terms and patterns are shown and read with localised names', () => {
    const terms = [{ term: 'Haus Lindenhof', category: 'special' }];
    expect(toLines('customTerms', terms, 'de')).toBe('Haus Lindenhof | Besondere Kategorie');
    expect(toLines('customTerms', terms, 'en')).toBe('Haus Lindenhof | Special category');
    expect(fromLines('customTerms', 'Haus Lindenhof | Besondere Kategorie')).toEqual(terms);
    const patterns = [{ name: 'aktenzeichen', category: 'identifier', pattern: 'AZ-\\d{4}|X' }];
    expect(toLines('customPatterns', patterns, 'de')).toBe('aktenzeichen | Kennung | AZ-\\d{4}|X');
    expect(fromLines('customPatterns', toLines('customPatterns', patterns, 'de'))).toEqual(patterns);
    expect(categoryName('de', 'health')).toBe('Gesundheit');
  });
});
