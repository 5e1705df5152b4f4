import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/tax-id';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('tax-id');
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

describe('tax-id', () => {
  it.each([
    ['Steuer-ID: 86 095 742 719', '86 095 742 719'],
    ['meine IdNr 86095742719.', '86095742719'],
    ['26954371827', '26954371827'],
    ['ID 65929970489 bitte eintragen', '65929970489'],
    ['36 574 261 809', '36 574 261 809'],
  ])('finds the Steuer-ID in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Steuer-ID: 86 095 742 718',
    '65299970480',
    '36554266806',
    '12345678903',
    '086095742719',
    '860957427191',
    '1 86095742719',
    'Tel. 0171 1234567',
    'A86095742719',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reports the context word in the reason', () => {
    const text = 'Steuer-ID 86095742719';
    const [span] = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
    expect(span?.reason).toBe('checksum+context:steuer-id');
  });
});

describe('tax-id: adversarial input', () => {
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
