import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/address';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'address', text);

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

  // Every street suffix, each as a compound and after an "-er" word, and the near-misses: a
  // suffix word that is not the word before the number, or a number glued to the suffix.
  it.each(
    [
      'Straße',
      'Strasse',
      'Str.',
      'Weg',
      'Allee',
      'Platz',
      'Gasse',
      'Ring',
      'Damm',
      'Ufer',
      'Chaussee',
      'Steig',
      'Pfad',
      'Markt',
      'Kai',
      'Promenade',
      'Stieg',
      'Twiete',
      'Chausseestraße',
    ].flatMap((suffix) => [
      [`Linden${suffix.toLowerCase()} 4`, `Linden${suffix.toLowerCase()} 4`],
      [`Berliner ${suffix} 4, 10115 Berlin`, `Berliner ${suffix} 4, 10115 Berlin`],
      [`Lindenweg an der ${suffix}, 4 Leute`, null],
      [`Linden${suffix.toLowerCase()}4`, null],
    ]),
  )('street suffixes: %j', (text, expected) => {
    expect(find(text)).toEqual(expected === null ? [] : [expected]);
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

describeAdversarial(recognizer);
