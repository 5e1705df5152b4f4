import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/birth-date';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'birth-date', text);

describe('birth-date', () => {
  it.each([
    ['geb. 12.03.1987', '12.03.1987'],
    ['Geboren am 12.3.87 in Köln', '12.3.87'],
    ['* 12.03.1987', '12.03.1987'],
    ['Geburtsdatum: 12. März 1987', '12. März 1987'],
    ['ist am 12.03.1987 geboren', '12.03.1987'],
    ['born March 12, 1987', 'March 12, 1987'],
    ['DOB 12/03/1987', '12/03/1987'],
    ['date of birth: 12 March 1987', '12 March 1987'],
    ['geb. 1987-03-12', '1987-03-12'],
    ['Sein Geburtstag ist der 12. Mai', '12. Mai'],
  ])('finds the birth date in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Treffen am 12.03.2026',
    'Termin: 12. März 2026 um 10 Uhr',
    'Meeting on March 12, 2026',
    'geb. 45.03.1987',
    'Die Geburtstagsfeier ist am 12.03.2026',
    'Sie hat ein Kind geboren. Am 12.03.2026 ist der nächste Termin',
    '12.03.1987',
    'Version 1.2.3',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('gives the context word to the nearest date only', () => {
    expect(find('geb. 01.02.1990, Termin am 12.03.2026')).toEqual(['01.02.1990']);
  });
});

describeAdversarial(recognizer);
