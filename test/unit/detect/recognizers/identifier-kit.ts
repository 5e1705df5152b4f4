/**
 * Shared by the identifier recognizer tests: the matched texts of a recognizer (checking kind,
 * category and score range on the way), and inputs built to make a backtracking pattern explode.
 */
import { describe, expect, it } from 'vitest';
import type { Recognizer } from '../../../../src/detect/recognizer';

export function matchedTexts(recognizer: Recognizer, kind: string, text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe(kind);
    expect(span.category).toBe('identifier');
    expect(span.score).toBeGreaterThan(0);
    expect(span.score).toBeLessThanOrEqual(1);
  }
  return spans.map((span) => text.slice(span.start, span.end));
}

/** Inputs built to make a backtracking pattern explode; each must simply return. */
export const ADVERSARIAL = [
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

/** Every adversarial input returns, with every span inside the text (time is for the benchmark). */
export function describeAdversarial(recognizer: Recognizer): void {
  describe(`${recognizer.id}: adversarial input`, () => {
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
}
