import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/pension-insurance-number';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('pension-insurance-number');
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

describe('pension-insurance-number', () => {
  it.each([
    ['SV-Nummer: 65 170839 J 00 3', '65 170839 J 00 3'],
    ['15070649C103', '15070649C103'],
    ['RVNR 15 070649 C 103.', '15 070649 C 103'],
    ['18 030254 O 022', '18 030254 O 022'],
    ['53270398s519', '53270398s519'],
  ])('finds the number in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    '65 170839 J 00 4',
    '15070649C104',
    '15071349C103',
    '15 070649 C 1033',
    'X15070649C103',
    '15  070649 C 103',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('pension-insurance-number: adversarial input', () => {
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
