/**
 * Krankenversichertennummer (eGK): capital letter + 8 digits + check digit, e.g. "A123456780".
 * Only the check digit separates it from any letter-plus-digits code, so a failing check
 * drops the match. Lower case ("a123456780") counts only next to a context word.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { isValidHealthInsuranceNumber } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const CONTEXT = [
  'kvnr',
  'kv-nr',
  'kv-nr.',
  'versichertennummer',
  'krankenversichertennummer',
  'versicherten-nr',
  'versicherten-nr.',
  'versichertennr',
  'versichertennr.',
  'krankenkasse',
  'gesundheitskarte',
  'egk',
  'krankenversicherung',
  'kasse',
  'health insurance',
  'insurance number',
];

export const recognizer: Recognizer = {
  id: 'health-insurance-number',
  kinds: ['health-insurance-number'],
  recognize(ctx: ScanContext): Span[] {
    const spans: Span[] = [];
    if (digitCount(ctx.text) < 9) return spans;
    for (const match of ctx.text.matchAll(/(?<![\p{L}\p{N}])[A-Za-z]\d{9}(?![\p{L}\p{N}])/gu)) {
      if (!isValidHealthInsuranceNumber(match[0])) continue;
      const start = match.index;
      const end = start + match[0].length;
      const word = findContext(ctx.lower, start, end, CONTEXT);
      const upper = match[0].charCodeAt(0) <= 90;
      if (!upper && word === undefined) continue;
      const { score, reason } = withContext(1, 'checksum', word, 0);
      spans.push({ category: 'identifier', kind: 'health-insurance-number', start, end, score, reason });
    }
    return spans;
  },
};
