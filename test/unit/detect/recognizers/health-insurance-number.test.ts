import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/health-insurance-number';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'health-insurance-number', text);

describe('health-insurance-number', () => {
  it.each([
    ['Versichertennummer A123456780', 'A123456780'],
    ['B987654320 steht auf der Karte', 'B987654320'],
    ['(Z111222338)', 'Z111222338'],
    ['kvnr: a123456780', 'a123456780'],
  ])('finds the KVNR in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each(['A123456781', 'B987654321', 'a123456780', 'A12345678', 'A1234567801', 'XA123456780', 'Ä123456780'])(
    'finds nothing in %j',
    (text) => {
      expect(find(text)).toEqual([]);
    },
  );
});

describeAdversarial(recognizer);
