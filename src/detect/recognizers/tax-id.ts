/**
 * Steuerliche Identifikationsnummer: 11 digits, compact or grouped with single spaces
 * ("12 345 678 901"). The whole digit run must be the number — an 11-digit window cut out of
 * a longer number is not reported — and the structure and MOD 11,10 check must pass.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { isValidTaxId } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';
import { digitRunStarts, matchAllAt } from '../anchored-matches';

const CONTEXT = [
  'steuer-id',
  'steuerid',
  'steuer-idnr',
  'steuer-idnr.',
  'idnr',
  'idnr.',
  'identifikationsnummer',
  'steueridentifikationsnummer',
  'steuerliche',
  'tin',
  'tax id',
  'tax-id',
  'finanzamt',
];

/**
 * Lookarounds pin the run's ends; "(?: ?\d)" cannot backtrack, so this is linear. Used only
 * through matchAllAt, which never changes it.
 */
const TAX_ID = /(?<![\p{L}\p{N}]|\d[ ])[1-9](?: ?\d){10}(?! ?\d)(?![\p{L}])/gu;

export const recognizer: Recognizer = {
  id: 'tax-id',
  kinds: ['tax-id'],
  recognize(ctx: ScanContext): Span[] {
    const spans: Span[] = [];
    if (digitCount(ctx.text) < 11) return spans;
    // A match starts with a digit no digit precedes: only those places are tried.
    for (const match of matchAllAt(TAX_ID, ctx.text, digitRunStarts(ctx.lower))) {
      const compact = match[0].replaceAll(' ', '');
      if (!isValidTaxId(compact)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const { score, reason } = withContext(1, 'checksum', findContext(ctx.lower, start, end, CONTEXT), 0);
      spans.push({ category: 'identifier', kind: 'tax-id', start, end, score, reason });
    }
    return spans;
  },
};
