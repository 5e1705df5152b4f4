import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/iban';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('iban');
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

describe('iban', () => {
  it.each([
    ['IBAN: DE89 3704 0044 0532 0130 00 bitte', 'DE89 3704 0044 0532 0130 00'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['konto de89 3704 0044 0532 0130 00.', 'de89 3704 0044 0532 0130 00'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['AT61 1904 3002 3457 3201 ist richtig', 'AT61 1904 3002 3457 3201'],
    ['FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
  ])('finds the IBAN in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'IBAN: DE88 3704 0044 0532 0130 00',
    'DE89 3704 0044 0532 0130 01',
    'DE89 3704 0044 0532 0130',
    'DE89370400440532013000123',
    'XX89370400440532013000',
    'ADE89370400440532013000',
    'Raum DE12 im zweiten Stock',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('scores a valid IBAN 1.0 with the checksum as reason', () => {
    const [span] = recognizer.recognize({
      text: 'DE89370400440532013000',
      lower: 'de89370400440532013000',
      options: {},
    });
    expect(span?.score).toBe(1);
    expect(span?.reason).toBe('checksum');
  });
});

describe('iban: adversarial input', () => {
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
