import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/id-card';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'id-card', text);

describe('id-card', () => {
  it.each([
    ['Ausweisnummer: T22000129', 'T22000129'],
    ['Personalausweis T220001293', 'T220001293'],
    ['T220001293', 'T220001293'],
    ['Pass-Nr. C01X00T47', 'C01X00T47'],
    ['passport no. C01X00T478', 'C01X00T478'],
    ['Perso-Nr. l01x00t47', 'l01x00t47'],
    ['Ausweis-Nr 1220001297', '1220001297'],
  ])('finds the document number in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'T22000129',
    'T220001294',
    'Ausweisnummer T220001294',
    '1220001297',
    't220001293',
    'Ausweisnummer folgt morgen',
    'Ausweis ABCDEFGHI',
    'Personalausweis TAE000129',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('scores the printed number without check digit below a checked one', () => {
    const text = 'Ausweisnummer T22000129 und T220001293';
    const spans = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
    expect(spans.map((span) => span.score)).toEqual([0.85, 1]);
  });
});

describeAdversarial(recognizer);
