/**
 * German and international phone numbers: "+49 171 1234567", "0049 30 1234567",
 * "0171/1234567", "(030) 123 45 67", "+49 (0)30 1234567", "+1 (555) 123-4567".
 *
 * A candidate must start with '+', '00' or a German trunk '0' followed by a non-zero digit, so
 * years, prices, times and most counts never start one. Dots are not separators, which keeps
 * dates ("01.03.2026") out; a slash only after a 3-6 digit area code keeps "01/03/2026" out;
 * and candidates inside an IBAN or a Versicherungsnummer are skipped (their digit groups look
 * like numbers with a 00 prefix).
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';
import { findIbans } from './iban';
import { pensionInsuranceNumberShape } from './pension-insurance-number';

const CONTEXT = [
  'tel',
  'tel.',
  'telefon',
  'telefonnummer',
  'telefonnr',
  'telefonnr.',
  'handy',
  'handynummer',
  'handynr',
  'handynr.',
  'mobil',
  'mobilnummer',
  'mobilnr',
  'nummer',
  'festnetz',
  'fax',
  'ruf',
  'rufnummer',
  'anrufen',
  'ruf an',
  'ruft',
  'erreichbar',
  'whatsapp',
  'signal',
  'phone',
  'call',
  'mobile',
  'cell',
  'number',
];

/** Numbers after these words are accounts, orders or files, not phones ("Kundennummer 0532013000"). */
const OTHER_NUMBER = [
  'konto',
  'kontonummer',
  'kto',
  'kto.',
  'kto-nr',
  'kto-nr.',
  'blz',
  'iban',
  'kundennummer',
  'kunden-nr',
  'kunden-nr.',
  'kundennr',
  'kundennr.',
  'bestellnummer',
  'bestell-nr',
  'bestell-nr.',
  'rechnungsnummer',
  'rechnungs-nr',
  'rechnungs-nr.',
  'auftragsnummer',
  'sendungsnummer',
  'artikelnummer',
  'vertragsnummer',
  'mitgliedsnummer',
  'aktenzeichen',
  'az.',
  'az',
  'fallnummer',
  'vorgangsnummer',
  'order',
  'account',
  'invoice',
];

/** German mobile prefixes 015x, 016x, 017x (Bundesnetzagentur numbering plan). */
const MOBILE = /^01[567]/;

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function classify(raw: string): number | undefined {
  // "(0)" is the optional trunk zero inside an international number: drop it before counting.
  const withoutTrunk = raw.replace('(0)', '');
  if (withoutTrunk.includes('(0)')) return undefined;
  if ((raw.match(/\//g) ?? []).length > 1) return undefined;
  // Parentheses: at most one pair, digits only inside, properly ordered.
  const parens = withoutTrunk.match(/[()]/g) ?? [];
  if (parens.length > 2) return undefined;
  if (parens.length > 0 && !/^[^()]*\(\d+\)[^()]*$/.test(withoutTrunk)) return undefined;
  // No runs of mixed separators such as "- -" or "//": those are lists, not one number.
  if (/[-/][ ]?[-/]|[ ]{2}/.test(withoutTrunk)) return undefined;
  const digits = withoutTrunk.replace(/\D/g, '');
  if (raw.includes('/')) {
    const beforeSlash = raw.slice(0, raw.indexOf('/')).replace(/\D/g, '');
    if (beforeSlash.length < 3 || beforeSlash.length > 6) return undefined;
  }
  const international = raw.startsWith('+') || raw.startsWith('00');
  if (international) {
    const national = raw.startsWith('+') ? digits : digits.slice(2);
    if (national.length < 8 || national.length > 15 || national[0] === '0') return undefined;
    // "0012345678" unbroken is far more often a customer or order number than a call abroad.
    if (raw.startsWith('00') && !/[ \-/()]/.test(raw) && national.length < 10) return undefined;
    return 0.7;
  }
  if (digits[0] !== '0' || digits[1] === '0') return undefined;
  // "0 1 7 1 1 2 3 4 5 6 7": typed digit by digit to slip past a filter; only that exact form
  // may have a space right after the trunk zero.
  if (/^0 /.test(raw) && !/^\d(?: \d){9,11}$/.test(raw)) return undefined;
  if (/^\d(?: \d){9,11}$/.test(raw)) return MOBILE.test(digits) ? 0.75 : 0.5;
  if (digits.length < 7 || digits.length > 12) return undefined;
  if (MOBILE.test(digits)) return digits.length >= 10 ? 0.75 : undefined;
  // A landline number: a separator after the area code is the normal way to write it; an
  // unbroken string of 7-8 digits starting with 0 is as likely a code or a count.
  if (!/[ \-/()]/.test(raw.trim()) && digits.length < 9) return undefined;
  return 0.5;
}

/** Starts are never right after a letter, digit or "digit space" (the tail of a grouped number). */
function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern = /(?<![\p{L}\p{N}+.,:/-]|\d )(?:\+[1-9]|00[1-9]|\(?0 ?[1-9])[\d \-/()]{4,30}\d(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    let raw = match[0];
    // A decimal or date continuation ("0171.5", "0 3.4") means this was not a phone number.
    const after = text.slice(match.index + raw.length, match.index + raw.length + 2);
    if (/^[.,]\d/.test(after)) continue;
    raw = raw.replace(/[ \-/(]+$/, '');
    const score = classify(raw);
    if (score !== undefined) found.push({ start: match.index, end: match.index + raw.length, score });
  }
  return found;
}

export const recognizer: Recognizer = {
  id: 'phone',
  kinds: ['phone'],
  recognize(ctx: ScanContext): Span[] {
    const { text } = ctx;
    // classify() accepts no number with fewer than 7 digits.
    if (digitCount(text) < 7 || !/[0+]/.test(text)) return [];
    const found = candidates(text);
    if (found.length === 0) return [];
    const blocked = findIbans(text);
    for (const match of text.matchAll(pensionInsuranceNumberShape()))
      blocked.push([match.index, match.index + match[0].length]);
    const spans: Span[] = [];
    for (const candidate of found) {
      if (blocked.some(([start, end]) => candidate.start < end && start < candidate.end)) continue;
      const word = findContext(ctx.lower, candidate.start, candidate.end, CONTEXT, { before: 30 });
      if (
        word === undefined &&
        findContext(ctx.lower, candidate.start, candidate.end, OTHER_NUMBER, { before: 30 }) !== undefined
      )
        continue;
      const { score, reason } = withContext(candidate.score, undefined, word, 0.25);
      spans.push({ category: 'identifier', kind: 'phone', start: candidate.start, end: candidate.end, score, reason });
    }
    return spans;
  },
};
