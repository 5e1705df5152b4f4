import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/tax-id';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'tax-id', text);

describe('tax-id', () => {
  it.each([
    ['Steuer-ID: 86 095 742 719', '86 095 742 719'],
    ['meine IdNr 86095742719.', '86095742719'],
    ['26954371827', '26954371827'],
    ['ID 65929970489 bitte eintragen', '65929970489'],
    ['36 574 261 809', '36 574 261 809'],
  ])('finds the Steuer-ID in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    'Steuer-ID: 86 095 742 718',
    '65299970480',
    '36554266806',
    '12345678903',
    '086095742719',
    '860957427191',
    '1 86095742719',
    'Tel. 0171 1234567',
    'A86095742719',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reports the context word in the reason', () => {
    const text = 'Steuer-ID 86095742719';
    const [span] = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} });
    expect(span?.reason).toBe('checksum+context:steuer-id');
  });
});

describeAdversarial(recognizer);
