import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/iban';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'iban', text);

describe('iban', () => {
  it.each([
    ['IBAN: DE89 3704 0044 0532 0130 00 bitte', 'DE89 3704 0044 0532 0130 00'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['konto de89 3704 0044 0532 0130 00.', 'de89 3704 0044 0532 0130 00'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['AT61 1904 3002 3457 3201 ist richtig', 'AT61 1904 3002 3457 3201'],
    ['FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
  ])('finds the IBAN in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'IBAN: DE88 3704 0044 0532 0130 00',
    'DE89 3704 0044 0532 0130 01',
    'DE89 3704 0044 0532 0130',
    'DE89370400440532013000123',
    'XX89370400440532013000',
    'ADE89370400440532013000',
    'Raum DE12 im zweiten Stock',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('scores a valid IBAN 1.0 with the checksum as reason', () => {
    const [span] = recognizer.recognize({
      text: 'DE89370400440532013000',
      lower: 'de89370400440532013000',
      options: {},
    });
    expect(span?.score).toBe(1);
    expect(span?.reason).toBe('checksum');
  });
});

describeAdversarial(recognizer);
