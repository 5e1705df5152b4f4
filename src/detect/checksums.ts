/**
 * Every check-digit algorithm the identifier recognizers use, in one place so each is tested
 * once against published examples. All functions take the compact form (no spaces) and return
 * false — never throw — for input of the wrong shape.
 */
import { IBAN_REGISTRY } from './data/iban-registry';

/** IBAN length per country, derived from the registry's BBAN formats (4 = country code + check digits). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(IBAN_REGISTRY).map(([country, bban]) => [
    country,
    4 + [...bban.matchAll(/\d+/g)].reduce((sum, [count]) => sum + Number(count), 0),
  ]),
);

const BBAN_CLASS: Readonly<Record<string, string>> = { n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' };
/** One anchored regex per country, made when that country is first checked. */
const bbanPatterns = new Map<string, RegExp>();

/** Does the BBAN of an upper-case compact IBAN have its country's format ("8n10n", "4a14n" …)? */
function hasBbanFormat(iban: string): boolean {
  const country = iban.slice(0, 2);
  let pattern = bbanPatterns.get(country);
  if (!pattern) {
    const format = IBAN_REGISTRY[country] ?? '';
    const source = [...format.matchAll(/(\d+)([nac])/g)].map(([, count, type]) => `${BBAN_CLASS[type!]}{${count}}`);
    pattern = new RegExp(`^${source.join('')}$`);
    bbanPatterns.set(country, pattern);
  }
  return pattern.test(iban.slice(4));
}

/** Value of 0-9 / A-Z as used by IBAN and ICAO 9303 (A=10 … Z=35); -1 for anything else. */
function alnumValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

/** ISO 13616 mod-97 check of a compact IBAN, including its length and BBAN format for the country. */
export function isValidIban(compact: string): boolean {
  if (typeof compact !== 'string') return false;
  const iban = compact.toUpperCase();
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined || iban.length !== length) return false;
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || !hasBbanFormat(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  // Digit by digit keeps the remainder small: no BigInt, no precision loss.
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const value = alnumValue(rearranged.charCodeAt(i));
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** ISO 7064 MOD 11,10 check digit over a string of digits. */
export function iso7064Mod11_10(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * Steuerliche Identifikationsnummer (§ 139b AO): 11 digits, first not 0. Among the first ten
 * exactly one digit occurs twice or three times and all others at most once; since 2016 a
 * tripled digit may not stand three times in a row (the BZSt rule as implemented by
 * kontist/validate-steuerid). The 11th digit is ISO 7064 MOD 11,10.
 */
export function isValidTaxId(compact: string): boolean {
  if (typeof compact !== 'string' || !/^[1-9]\d{10}$/.test(compact)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[compact.charCodeAt(i) - 48]!++;
  let repeated = 0;
  for (const count of counts) {
    if (count > 3) return false;
    if (count >= 2) repeated++;
  }
  if (repeated !== 1) return false;
  for (let i = 2; i < 10; i++) {
    if (compact[i] === compact[i - 1] && compact[i] === compact[i - 2]) return false;
  }
  return iso7064Mod11_10(compact.slice(0, 10)) === compact.charCodeAt(10) - 48;
}

function digitSum(n: number): number {
  return Math.floor(n / 10) + (n % 10);
}

/**
 * Rentenversicherungsnummer (VKVV § 2): area(2) birth date TTMMJJ(6) letter serial(2) check(1).
 * The letter becomes its two-digit alphabet position, giving 12 digits weighted
 * 2,1,2,5,7,1,2,1,2,1,2,1; the check digit is the sum of the products' digit sums mod 10.
 * The date part is not a plain date: an unknown day or month is 00, and when the serial numbers
 * of a day are used up the day is raised by 32, 64 or (for the 1st) 96 — see haufe.de
 * "Versicherungsnummer / 2.2 Geburtsdatum". So day 00-95 or 97, month 00-12.
 */
export function isValidPensionInsuranceNumber(compact: string): boolean {
  if (typeof compact !== 'string') return false;
  const match = /^(\d{2})(\d{2})(\d{2})\d{2}([A-Za-z])(\d{2})(\d)$/.exec(compact);
  if (!match) return false;
  const area = Number(match[1]);
  const day = Number(match[2]);
  const month = Number(match[3]);
  if (area < 2 || area > 89) return false;
  if (month > 12) return false;
  if (day > 95 && day !== 97) return false;
  const letter = match[4]!.toUpperCase().charCodeAt(0) - 64;
  const digits = compact.slice(0, 8) + String(letter).padStart(2, '0') + match[5]!;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitSum((digits.charCodeAt(i) - 48) * weights[i]!);
  return sum % 10 === Number(match[6]);
}

/**
 * Krankenversichertennummer, unchangeable part (§ 290 SGB V): capital letter, 8 digits, check
 * digit. The letter becomes 01-26; those 10 digits are weighted 1,2,1,2,… and the digit sums of
 * the products are added; the last digit of the sum is the check digit.
 */
export function isValidHealthInsuranceNumber(compact: string): boolean {
  if (typeof compact !== 'string' || !/^[A-Za-z]\d{9}$/.test(compact)) return false;
  const letter = compact.toUpperCase().charCodeAt(0) - 64;
  const digits = String(letter).padStart(2, '0') + compact.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digitSum((digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2));
  return sum % 10 === compact.charCodeAt(9) - 48;
}

/** ICAO 9303 check digit (weights 7,3,1; 0-9, A-Z = 10-35, '<' = 0); -1 for a bad character. */
export function icaoCheckDigit(chars: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    const value = code === 60 ? 0 : alnumValue(code);
    if (value < 0) return -1;
    sum += value * weights[i % 3]!;
  }
  return sum % 10;
}

/** A document number followed by its ICAO 9303 check digit (e.g. "T220001293"). */
export function isValidIcaoDocumentNumber(compact: string): boolean {
  if (typeof compact !== 'string' || compact.length < 2) return false;
  const last = compact.charCodeAt(compact.length - 1) - 48;
  if (last < 0 || last > 9) return false;
  return icaoCheckDigit(compact.slice(0, -1)) === last;
}
