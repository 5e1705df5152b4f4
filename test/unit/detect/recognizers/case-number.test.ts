import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/case-number';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'case-number', text);

describe('case-number', () => {
  it.each([
    ['Az.: 45 F 123/25', '45 F 123/25'],
    ['1 BvR 123/20', '1 BvR 123/20'],
    ['im Verfahren 3 UF 45/24', '3 UF 45/24'],
    ['StA, 12 Js 345/23', '12 Js 345/23'],
    ['XII ZB 12/20', 'XII ZB 12/20'],
    ['Aktenzeichen 2024-0815', '2024-0815'],
    ['Fallnummer: 4711 bitte angeben', '4711'],
    ['Fallnummer 4711 vom 12.03.2025', '4711'],
    ['Geschäftszeichen 51.2-KJ 123/24', '51.2-KJ 123/24'],
    ['Vorgangsnummer V-12345.', 'V-12345'],
    ['file no. AB-2024-77', 'AB-2024-77'],
  ])('finds the case number in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    '45 F',
    'Az. bitte nachreichen',
    '3/4 der Gruppe',
    'um 3 Uhr 12/24',
    'Fallnummer folgt',
    'Seite 45 F',
    '2 Mal 12/24',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('raises a court-format score with court context', () => {
    const bare = recognizer.recognize({ text: '45 F 123/25', lower: '45 f 123/25', options: {} })[0]!;
    const text = 'Familiengericht 45 F 123/25';
    const withCourt = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} })[0]!;
    expect(withCourt.score).toBeGreaterThan(bare.score);
  });
});

describeAdversarial(recognizer);
