import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/health-insurance-number';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('health-insurance-number');
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

describe('health-insurance-number', () => {
  it.each([
    ['Versichertennummer A123456780', 'A123456780'],
    ['B987654320 steht auf der Karte', 'B987654320'],
    ['(Z111222338)', 'Z111222338'],
    ['kvnr: a123456780', 'a123456780'],
  ])('finds the KVNR in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each(['A123456781', 'B987654321', 'a123456780', 'A12345678', 'A1234567801', 'XA123456780', 'Ä123456780'])(
    'finds nothing in %j',
    (text) => {
      expect(find(text)).toEqual([]);
    },
  );
});

describe('health-insurance-number: adversarial input', () => {
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
