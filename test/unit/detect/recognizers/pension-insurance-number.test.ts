import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/pension-insurance-number';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'pension-insurance-number', text);

describe('pension-insurance-number', () => {
  it.each([
    ['SV-Nummer: 65 170839 J 00 3', '65 170839 J 00 3'],
    ['15070649C103', '15070649C103'],
    ['RVNR 15 070649 C 103.', '15 070649 C 103'],
    ['18 030254 O 022', '18 030254 O 022'],
    ['53270398s519', '53270398s519'],
  ])('finds the number in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    '65 170839 J 00 4',
    '15070649C104',
    '15071349C103',
    '15 070649 C 1033',
    'X15070649C103',
    '15  070649 C 103',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describeAdversarial(recognizer);
