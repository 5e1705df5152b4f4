import { describe, expect, it } from 'vitest';
import {
  IBAN_LENGTHS,
  icaoCheckDigit,
  isValidHealthInsuranceNumber,
  isValidIban,
  isValidIcaoDocumentNumber,
  isValidPensionInsuranceNumber,
  isValidTaxId,
  iso7064Mod11_10,
} from '../../../src/detect/checksums';

describe('isValidIban', () => {
  it.each([
    'DE89370400440532013000',
    'de89370400440532013000',
    'GB82WEST12345698765432',
    'AT611904300234573201',
    'CH9300762011623852957',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'BE68539007547034',
    'NO9386011117947',
    'MT84MALT011000012345MTLCAST001S',
  ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));

  it.each([
    ['wrong check digits', 'DE88370400440532013000'],
    ['one digit changed', 'DE89370400440532013001'],
    ['two digits swapped', 'DE89370400440532010300'],
    ['too short for DE', 'DE8937040044053201300'],
    ['too long for DE', 'DE893704004405320130000'],
    ['unknown country', 'XX89370400440532013000'],
    ['letters in a numeric place', 'DEAB370400440532013000'],
    // Mod 97 passes on these; only the country's BBAN format rejects them.
    ['letters in a German BBAN, which is all digits', 'DE583704004405320130AB'],
    ['British BBAN with the bank code after the sort code', 'GB531234WEST5698765432'],
    ['Dutch BBAN with the bank code in the middle', 'NL470417ABNA164300'],
    ['empty', ''],
  ])('rejects %s', (_label, iban) => expect(isValidIban(iban)).toBe(false));

  it('has Germany at 22 and every length within the registry range', () => {
    expect(IBAN_LENGTHS.DE).toBe(22);
    expect(IBAN_LENGTHS.NO).toBe(15);
    expect(IBAN_LENGTHS.LC).toBe(32);
    expect(Object.keys(IBAN_LENGTHS)).toHaveLength(89);
    for (const length of Object.values(IBAN_LENGTHS)) expect(length).toBeGreaterThanOrEqual(15);
  });
});

describe('isValidTaxId', () => {
  it.each([
    ['86095742719', 'double 7'],
    ['26954371827', 'double digit'],
    ['36574261809', 'python-stdnum example'],
    ['65929970489', 'a digit three times, two of them adjacent'],
  ])('accepts %s (%s)', (id) => expect(isValidTaxId(id)).toBe(true));

  it.each([
    ['86095742718', 'wrong check digit'],
    ['26954371820', 'wrong check digit'],
    ['65299970480', 'a digit three times in a row'],
    ['36554266806', 'two digits repeated'],
    ['12131415674', 'a digit four times (check digit itself is right)'],
    ['12345678903', 'no digit repeated (check digit itself is right)'],
    ['06095742719', 'leading zero'],
    ['8609574271', 'ten digits'],
    ['86 095 742 719', 'not compact'],
  ])('rejects %s (%s)', (id) => expect(isValidTaxId(id)).toBe(false));

  it('computes ISO 7064 MOD 11,10', () => {
    expect(iso7064Mod11_10('8609574271')).toBe(9);
    expect(iso7064Mod11_10('1234567890')).toBe(3);
  });
});

describe('isValidPensionInsuranceNumber', () => {
  it.each([
    ['15070649C103', 'Wikipedia example'],
    ['18030254O022', 'from a published court decision'],
    ['65170839J003', ''],
    ['65170839j003', 'lower-case letter'],
    ['12150590M002', ''],
    ['53270398S519', 'female serial 51'],
  ])('accepts %s %s', (number) => expect(isValidPensionInsuranceNumber(number)).toBe(true));

  it.each([
    ['65170839J004', 'wrong check digit'],
    ['15070649C104', 'wrong check digit'],
    ['15071349C103', 'month 13'],
    ['00070649C103', 'area 00'],
    ['150706491103', 'digit instead of letter'],
    ['15070649C10', 'too short'],
  ])('rejects %s (%s)', (number) => expect(isValidPensionInsuranceNumber(number)).toBe(false));
});

describe('isValidHealthInsuranceNumber', () => {
  it.each(['A123456780', 'B987654320', 'Z111222338', 'M555012344'])('accepts %s', (kvnr) =>
    expect(isValidHealthInsuranceNumber(kvnr)).toBe(true),
  );
  it.each(['A123456781', 'B987654321', 'A12345678', '1123456780', 'Ä123456780'])('rejects %s', (kvnr) =>
    expect(isValidHealthInsuranceNumber(kvnr)).toBe(false),
  );
});

describe('ICAO 9303', () => {
  it('computes the 7-3-1 check digit, with < as 0', () => {
    expect(icaoCheckDigit('T22000129')).toBe(3);
    expect(icaoCheckDigit('C01X00T47')).toBe(8);
    expect(icaoCheckDigit('L01X00T47')).toBe(1);
    expect(icaoCheckDigit('AB<')).toBe((10 * 7 + 11 * 3) % 10);
    expect(icaoCheckDigit('A-B')).toBe(-1);
  });
  it.each(['T220001293', 'C01X00T478', 'L01X00T471', '1220001297'])('accepts %s', (number) =>
    expect(isValidIcaoDocumentNumber(number)).toBe(true),
  );
  it.each(['T220001294', 'C01X00T479', 'T22000129', 'T22000129X', ''])('rejects %s', (number) =>
    expect(isValidIcaoDocumentNumber(number)).toBe(false),
  );
});
