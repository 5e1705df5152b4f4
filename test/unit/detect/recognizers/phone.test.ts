import { describe, expect, it } from 'vitest';
import { recognizer } from '../../../../src/detect/recognizers/phone';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'phone', text);

describe('phone', () => {
  it.each([
    ['Tel. 0171 1234567', '0171 1234567'],
    ['ruf an: +49 171 1234567!', '+49 171 1234567'],
    ['0049 30 1234567', '0049 30 1234567'],
    ['0171/1234567', '0171/1234567'],
    ['(030) 123 45 67', '(030) 123 45 67'],
    ['+49 (0)30 1234567', '+49 (0)30 1234567'],
    ['+1 (555) 123-4567', '+1 (555) 123-4567'],
    ['030-1234567', '030-1234567'],
    ['01711234567', '01711234567'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['004917112345678', '004917112345678'],
    ['Ruf an: 0 1 7 1 1 2 3 4 5 6 7', '0 1 7 1 1 2 3 4 5 6 7'],
    ['Kontakt über Handy, Kundennummer egal: 0171 1234567', '0171 1234567'],
    ['Handy 0157 12345678, Festnetz 089 12345678', '0157 12345678'],
  ])('finds the number in %j', (text, expected) => {
    expect(find(text)[0]).toBe(expected);
  });

  it.each([
    'Treffen am 01.03.2026',
    '01/03/2026',
    'Rechnung 0351/12/2024',
    '03/2026',
    'IBAN DE89 3704 0044 0532 0130 00',
    'PLZ 01067 Dresden',
    'kostet 0,99 €',
    'um 08:30 Uhr',
    'im Jahr 2024',
    '3 von 10',
    '0815',
    '0123456',
    '0171 123',
    'Steuer-ID 86 095 742 719',
    'Bestellnummer A01711234567',
    'zwischen 0-100 Punkten',
    '10:00-12:00',
    'SV-Nr 04 170839 J 00 7',
    'Kundennummer 0012345678',
    'Ergebnis 0 1234567',
    '0 1 2 3',
    'Kontonummer 0532013000',
    'Bestell-Nr. 0171 1234567',
  ])('finds nothing in %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('raises the score with a context word', () => {
    const plain = recognizer.recognize({ text: '030 1234567', lower: '030 1234567', options: {} })[0];
    const text = 'Telefon 030 1234567';
    const withWord = recognizer.recognize({ text, lower: text.toLowerCase(), options: {} })[0];
    expect(withWord!.score).toBeGreaterThan(plain!.score);
    expect(withWord!.reason).toBe('context:telefon');
  });
});

describeAdversarial(recognizer);
