import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/address';

function find(text: string): string[] {
  const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
  for (const span of spans) {
    expect(span.kind).toBe('address');
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

describe('address', () => {
  it.each([
    ['Sie wohnt Hauptstraße 12a, 10115 Berlin.', 'Hauptstraße 12a, 10115 Berlin'],
    ['Berliner Str. 5', 'Berliner Str. 5'],
    ['Karl-Marx-Allee 33', 'Karl-Marx-Allee 33'],
    ['Am Markt 3', 'Am Markt 3'],
    ['An der Kirche 7 in Bonn', 'An der Kirche 7'],
    ['Goethestrasse 4-6', 'Goethestrasse 4-6'],
    ['Lindenweg 2 53111 Bonn', 'Lindenweg 2 53111 Bonn'],
    ['wohnt in 01067 Dresden', '01067 Dresden'],
    ['60311 Frankfurt am Main', '60311 Frankfurt am Main'],
    ['Kirchplatz 1', 'Kirchplatz 1'],
  ])('finds the address in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Die Straße war nass',
    'Platz 3',
    'Oder Platz 3 nehmen?',
    'Unser Platz 12 ist frei',
    'Weg 2 Ziel',
    'Am Montag 5 Leute',
    'Der Straße 5 Meter folgen',
    '20000 Besucher kamen',
    'Hauptstraße ohne Nummer',
    '00123 Irgendwo',
    'Am Ende 3 Punkte',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('scores a full address higher than a street alone', () => {
    const full = recognizer.recognize({
      text: 'Lindenweg 2, 53111 Bonn',
      lower: 'lindenweg 2, 53111 bonn',
      options: {},
    })[0]!;
    const street = recognizer.recognize({ text: 'Lindenweg 2', lower: 'lindenweg 2', options: {} })[0]!;
    expect(full.score).toBeGreaterThan(street.score);
  });
});

describe('address: adversarial input', () => {
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
