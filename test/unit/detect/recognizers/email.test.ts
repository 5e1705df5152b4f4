import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/email';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('email');
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

describe('email', () => {
  it.each([
    ['Schreib mir an maria.kunz@web.de!', 'maria.kunz@web.de'],
    ['Mail: j.doe+caritas@mail.example.org.', 'j.doe+caritas@mail.example.org'],
    ['KEVIN_92@GMX.NET', 'KEVIN_92@GMX.NET'],
    ['(anna-lena@t-online.de)', 'anna-lena@t-online.de'],
    ['müller@beratung-köln.de', 'müller@beratung-köln.de'],
  ])('finds the address in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Danke @Maria, bis morgen!',
    'Schreib an maria@localhost',
    'user@example.',
    '@@@',
    'email me at name @ example . com',
    'a@b.c',
    'Preis: 5 @ 3 Euro',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('finds two addresses in one message', () => {
    expect(find('a.b@c.de und x@y.org')).toEqual(['a.b@c.de', 'x@y.org']);
  });
});

describe('email: adversarial input', () => {
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
