/**
 * Renten-/Sozialversicherungsnummer (VKVV § 2): "65 170839 J 00 3" or "65170839J003" — area
 * number, birth date, initial of the birth name, serial, check digit. Spaces are accepted
 * between the parts as printed on the Sozialversicherungsausweis; the check digit must pass.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { isValidPensionInsuranceNumber } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';
import { digitRunStarts, matchAllAt } from '../anchored-matches';

const CONTEXT = [
  'rvnr',
  'rv-nr',
  'rv-nr.',
  'svnr',
  'sv-nr',
  'sv-nr.',
  'versicherungsnummer',
  'rentenversicherungsnummer',
  'sozialversicherungsnummer',
  'sozialversicherungsausweis',
  'rentenversicherung',
  'social security',
];

/**
 * The shape of a VKVV number, check digit not yet tested. Exported so the phone recognizer can
 * stay out of anything shaped like one, even a mistyped one ("04 170839" is not a phone number
 * when " J 00 7" follows).
 */
export function pensionInsuranceNumberShape(): RegExp {
  return /(?<![\p{L}\p{N}])\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d(?![\p{L}\p{N}])/gu;
}

/** Built once for matchAllAt, which never changes it. */
const SHAPE = pensionInsuranceNumberShape();

/** `digitStarts`: where runs of digits start (a number starts with a digit no digit precedes). */
function findPensionInsuranceNumbers(text: string, digitStarts: readonly number[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of matchAllAt(SHAPE, text, digitStarts)) {
    if (isValidPensionInsuranceNumber(match[0].replaceAll(' ', '')))
      found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

export const recognizer: Recognizer = {
  id: 'pension-insurance-number',
  kinds: ['pension-insurance-number'],
  recognize(ctx: ScanContext): Span[] {
    // Eleven digits: area number, birth date, serial, check digit.
    if (digitCount(ctx.text) < 11) return [];
    return findPensionInsuranceNumbers(ctx.text, digitRunStarts(ctx.lower)).map(([start, end]) => {
      const { score, reason } = withContext(1, 'checksum', findContext(ctx.lower, start, end, CONTEXT), 0);
      return { category: 'identifier', kind: 'pension-insurance-number', start, end, score, reason };
    });
  },
};
