import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/detect/types';
import { fixFor } from '../../../src/ui/fix-actions';

const apply = (text: string, category: Category, kind: string, span: string) => {
  const start = text.indexOf(span);
  const fix = fixFor({ category, kind, start, end: start + span.length }, text);
  return fix && text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
};

describe('fixFor: names as initials', () => {
  it.each([
    ['Hallo Frau Schmidt, wie geht es?', 'Schmidt', 'Hallo Frau S., wie geht es?'],
    ['Leon war heute da.', 'Leon', 'L. war heute da.'],
    ['Grüße an Leon Schmidt', 'Leon Schmidt', 'Grüße an L. S.'],
    ['Frau Müller-Lüdenscheidt kommt', 'Müller-Lüdenscheidt', 'Frau M. kommt'],
    ['Gespräch mit Ömer', 'Ömer', 'Gespräch mit Ö.'],
    ['Termin mit Frau Schmidt', 'Frau Schmidt', 'Termin mit Frau S.'],
  ])('%s → %s', (text, span, expected) => {
    expect(apply(text, 'name', 'person', span)).toBe(expected);
  });

  it.each([
    // near-misses: nothing to shorten
    ['Frau M. kommt', 'M.'], // already an initial
    ['Termin mit Frau', 'Frau'], // only a form of address
  ])('no fix for %s (%s)', (text, span) => {
    expect(apply(text, 'name', 'person', span)).toBeNull();
  });
});

describe('fixFor: removal', () => {
  it.each([
    ['birth-date', 'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin', '12.03.1987', 'Hallo Frau Becker, Ihr Termin'],
    ['birth-date', 'Sie ist am 12.03.1987 geboren', '12.03.1987', 'Sie ist am geboren'],
    ['iban', 'IBAN DE89 3704 0044 0532 0130 00 bitte', 'DE89 3704 0044 0532 0130 00', 'IBAN bitte'],
    ['phone', 'Ruf an: 0170 1234567.', '0170 1234567', 'Ruf an:.'],
    ['case-number', '123/45 ist das Zeichen', '123/45', 'ist das Zeichen'],
  ])('%s: %s → %s', (kind, text, span, expected) => {
    expect(apply(text, 'identifier', kind, span)).toBe(expected);
  });

  it.each([
    // near-misses: removing these would garble the sentence or hide what the message is about
    ['health', 'health-term', 'Ihre Depression', 'Depression'],
    ['social', 'social-term', 'beim Jobcenter', 'Jobcenter'],
    ['identifier', 'age', 'ist 15 Jahre alt', '15 Jahre alt'],
    ['identifier', 'address', 'wohnt Hauptstr. 5', 'Hauptstr. 5'],
  ] as const)('no fix for %s/%s', (category, kind, text, span) => {
    expect(apply(text, category, kind, span)).toBeNull();
  });

  it('refuses offsets outside the text', () => {
    expect(fixFor({ category: 'identifier', kind: 'iban', start: 5, end: 50 }, 'kurz')).toBeNull();
  });
});
