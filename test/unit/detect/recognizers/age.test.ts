import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/age';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('age');
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

describe('age', () => {
  it.each([
    ['die 15-Jährige wurde gesehen', '15-Jährige'],
    ['ein 15-jähriger Junge', '15-jähriger'],
    ['ein 15jähriges Mädchen', '15jähriges'],
    ['Maria (34) kommt morgen', '(34)'],
    ['Herr M. (15) war da', '(15)'],
    ['sie ist 34 Jahre alt', '34 Jahre alt'],
    ['Kevin, 15 J., Schüler', '15 J.'],
    ['aged 34', 'aged 34'],
    ['he is 34 years old', '34 years old'],
    ['a 34-year-old woman', '34-year-old'],
    ['Alter: 67', 'Alter: 67'],
  ])('finds the age in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    '15 Jahre Jubiläum',
    'seit 3 Jahren',
    '(2024)',
    'das 15-jährige Jubiläum',
    'unsere 20-jährige Erfahrung',
    'seit 3 J. im Verein',
    'siehe Seite (3)',
    'Maria (0)',
    'ein 250-jähriges Haus',
    'vor 3 Jahren',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('age: adversarial input', () => {
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
