import { describe, expect, it } from 'vitest';
import { IBAN_REGISTRY } from '../../../../src/detect/data/iban-registry';
import { recognizer } from '../../../../src/detect/recognizers/iban';
import { describeAdversarial, matchedTexts } from './identifier-kit';

const find = (text: string): string[] => matchedTexts(recognizer, 'iban', text);

/** Check digits computed independently of src/ (BigInt instead of the digit-by-digit remainder). */
function withCheckDigits(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`].map((c) => parseInt(c, 36)).join('');
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

/** A BBAN in the country's registry format; `seed` varies the characters between countries. */
function bbanFor(format: string, seed: number): string {
  let out = '';
  let k = seed;
  for (const [, count, type] of format.matchAll(/(\d+)([nac])/g)) {
    for (let i = 0; i < Number(count); i++, k++) {
      if (type === 'n') out += String((k * 7 + 3) % 10);
      else if (type === 'a') out += String.fromCharCode(65 + ((k * 5) % 26));
      else out += k % 3 === 0 ? String.fromCharCode(65 + (k % 26)) : String(k % 10);
    }
  }
  return out;
}

const groups = (s: string, size: number, sep: string): string => s.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);

/** The ways people type an IBAN; each returns the typed form of a compact IBAN. */
const FORMS: ReadonlyArray<[string, (iban: string) => string]> = [
  ['compact', (iban) => iban],
  ['groups of four', (iban) => groups(iban, 4, ' ')],
  [
    'space after the country code',
    (iban) => `${iban.slice(0, 2)} ${iban.slice(2, 4)} ${groups(iban.slice(4), 4, ' ')}`,
  ],
  ['dashes', (iban) => groups(iban, 4, '-')],
  ['irregular groups', (iban) => `${iban.slice(0, 6)} ${groups(iban.slice(6), 5, ' ')}`],
  ['lower case', (iban) => groups(iban.toLowerCase(), 4, ' ')],
  [
    'lower case, dash after the country code',
    (iban) => `${iban.slice(0, 2).toLowerCase()}-${iban.slice(2, 4)}-${groups(iban.slice(4).toLowerCase(), 4, '-')}`,
  ],
  ['dots between groups', (iban) => groups(iban, 4, '.')],
];

const COUNTRIES = Object.entries(IBAN_REGISTRY).map(([country, format], index) => {
  const iban = withCheckDigits(country, bbanFor(format, index));
  return [country, iban] as const;
});

describe('iban', () => {
  it.each([
    ['IBAN: DE89 3704 0044 0532 0130 00 bitte', 'DE89 3704 0044 0532 0130 00'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['konto de89 3704 0044 0532 0130 00.', 'de89 3704 0044 0532 0130 00'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['AT61 1904 3002 3457 3201 ist richtig', 'AT61 1904 3002 3457 3201'],
    ['FR1420041010050500013M02606', 'FR1420041010050500013M02606'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    // As typed in chats: space after the country code, dashes, irregular groups, a line break.
    ['hier: ES 91 2100 0418 4502 0005 1332 danke', 'ES 91 2100 0418 4502 0005 1332'],
    ['NO 93 8601 1117 947.', 'NO 93 8601 1117 947'],
    ['iban de89-3704-0044-0532-0130-00!', 'de89-3704-0044-0532-0130-00'],
    ['DE8937 04004405 32013000 ist das Konto', 'DE8937 04004405 32013000'],
    ['IBAN DE89 3704 0044\n0532 0130 00', 'DE89 3704 0044\n0532 0130 00'],
    ['DE89 - 3704 - 0044 - 0532 - 0130 - 00', 'DE89 - 3704 - 0044 - 0532 - 0130 - 00'],
  ])('finds the IBAN in %j', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it.each([
    ['wrong check digits', 'IBAN: DE88 3704 0044 0532 0130 00'],
    ['one digit changed', 'DE89 3704 0044 0532 0130 01'],
    ['too short for DE', 'DE89 3704 0044 0532 0130'],
    ['too long for DE', 'DE89370400440532013000123'],
    ['not a registry country', 'XX89370400440532013000'],
    ['glued to a word before it', 'ADE89370400440532013000'],
    ['a room number, not an IBAN', 'Raum DE12 im zweiten Stock'],
    ['check digits split by a space', 'DE 8 9370400440532013000'],
    ['too many separators between groups', 'DE89 3704 0044 0532 0130     00'],
    ['space after the code, one digit changed', 'ES 91 2100 0418 4502 0005 1333'],
  ])('finds nothing: %s (%j)', (_why, text) => {
    expect(find(text)).toEqual([]);
  });

  it('has 89 registry countries, each with a valid IBAN of its own length', () => {
    expect(COUNTRIES).toHaveLength(89);
    for (const [, iban] of COUNTRIES) expect(iban).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/);
  });

  describe.each(FORMS)('every registry country, typed as %s', (_form, type) => {
    it.each(COUNTRIES)('%s: found, exactly as typed', (_country, iban) => {
      const typed = type(iban);
      expect(find(`Konto von Frau K.: ${typed} danke`)).toEqual([typed]);
    });

    it.each(COUNTRIES)('%s: one digit changed is not found', (_country, iban) => {
      const at = iban.slice(4).search(/\d/) + 4;
      const changed = iban.slice(0, at) + String((Number(iban[at]) + 1) % 10) + iban.slice(at + 1);
      expect(find(`Konto: ${type(changed)} danke`)).toEqual([]);
    });

    it.each(COUNTRIES)('%s: one character short or long for the country is not found', (_country, iban) => {
      expect(find(`Konto: ${type(iban.slice(0, -1))} danke`)).toEqual([]);
      expect(find(`Konto: ${type(`${iban}7`)} danke`)).toEqual([]);
    });
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
