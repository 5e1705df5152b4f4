import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/id-card';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('id-card');
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

describe('id-card', () => {
  it.each([
    ['Ausweisnummer: T22000129', 'T22000129'],
    ['Personalausweis T220001293', 'T220001293'],
    ['T220001293', 'T220001293'],
    ['Pass-Nr. C01X00T47', 'C01X00T47'],
    ['passport no. C01X00T478', 'C01X00T478'],
    ['Perso-Nr. l01x00t47', 'l01x00t47'],
    ['Ausweis-Nr 1220001297', '1220001297'],
  ])('finds the document number in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'T22000129',
    'T220001294',
    'Ausweisnummer T220001294',
    '1220001297',
    't220001293',
    'Ausweisnummer folgt morgen',
    'Ausweis ABCDEFGHI',
    'Personalausweis TAE000129',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('scores the printed number without check digit below a checked one', () => {
    const text = 'Ausweisnummer T22000129 und T220001293';
    const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
    expect(spans.map((span) => span.score)).toEqual([0.85, 1]);
  });
});

describe('id-card: adversarial input', () => {
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
