import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/birth-date';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('birth-date');
    expect(span.category).toBe('identifier');
    expect(span.score).toBeGreaterThan(0);
    expect(span.score).toBeLessThanOrEqual(1);
  }
  return spans.map((span) => text.slice(span.start, span.end));
}

/** Inputs built to make a backtracking pattern explode; each must simply return. */
const ADVERSARIAL = [
  '1'.repeat(100_000),
  '0 '.repeat(50_000),
  '+0-'.repeat(33_333),
  'a@'.repeat(50_000),
  'Aa-'.repeat(33_333),
  'DE89 '.repeat(20_000),
  'geb. 12.03.'.repeat(9_000),
  'Az. F 1 '.repeat(12_500),
  'Hauptstraße 1 '.repeat(7_000),
  '15-jährig (3) '.repeat(7_000),
  'x'.repeat(100_000),
];

describe('birth-date', () => {
  it.each([
    ['geb. 12.03.1987', '12.03.1987'],
    ['Geboren am 12.3.87 in Köln', '12.3.87'],
    ['* 12.03.1987', '12.03.1987'],
    ['Geburtsdatum: 12. März 1987', '12. März 1987'],
    ['ist am 12.03.1987 geboren', '12.03.1987'],
    ['born March 12, 1987', 'March 12, 1987'],
    ['DOB 12/03/1987', '12/03/1987'],
    ['date of birth: 12 March 1987', '12 March 1987'],
    ['geb. 1987-03-12', '1987-03-12'],
    ['Sein Geburtstag ist der 12. Mai', '12. Mai'],
  ])('finds the birth date in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Treffen am 12.03.2026',
    'Termin: 12. März 2026 um 10 Uhr',
    'Meeting on March 12, 2026',
    'geb. 45.03.1987',
    'Die Geburtstagsfeier ist am 12.03.2026',
    'Sie hat ein Kind geboren. Am 12.03.2026 ist der nächste Termin',
    '12.03.1987',
    'Version 1.2.3',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('gives the context word to the nearest date only', () => {
    expect(find('geb. 01.02.1990, Termin am 12.03.2026')).toEqual(['01.02.1990']);
  });
});

describe('birth-date: adversarial input', () => {
  it.each(ADVERSARIAL.map((text, index) => [index, text] as const))(
    'input %i returns spans inside the text',
    (_index, text) => {
      const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.end).toBeGreaterThan(span.start);
      }
    },
  );
});
