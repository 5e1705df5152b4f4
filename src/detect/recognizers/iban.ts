/**
 * IBAN of any country in the SWIFT registry (`data/iban-registry.ts`), as people type it:
 * compact, in groups of four or irregular groups, with a space or dash between the country
 * code and the check digits ("ES 58 0049 …", "NO-02-1503-…"), with dashes, dots or slashes
 * between groups, in any case. The country's length decides how many characters belong to the
 * IBAN, so a following word is never swallowed; the BBAN format and mod 97 must pass, otherwise
 * there is no finding.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { IBAN_LENGTHS, isValidIban } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const CONTEXT = ['iban', 'konto', 'kontonummer', 'bankverbindung', 'überweisung', 'ueberweisung', 'account', 'bank'];

/** Separators typed between groups: space, tab, line break, hyphen and dash variants, dot, slash. */
function isGroupSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 45 ||
    code === 46 ||
    code === 47 ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013
  );
}

/** At most this many separator characters in a row ("DE89 - 3704"); more ends the IBAN. */
const MAX_SEPARATOR_RUN = 3;

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Where the next group starts after a short run of separators at `i`; -1 when none follows. */
function afterSeparators(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < MAX_SEPARATOR_RUN && isGroupSeparator(text.charCodeAt(j))) j++;
  return j > i && j < text.length && isAlnum(text.charCodeAt(j)) ? j : -1;
}

/** Does the alphanumeric run starting at `i` contain a digit ("7", "12ab"; not "danke")? */
function groupHasDigit(text: string, i: number): boolean {
  if (i < 0) return false;
  for (let j = i; j < text.length && isAlnum(text.charCodeAt(j)); j++) {
    const code = text.charCodeAt(j);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Finds IBAN spans; exported for recognizers that must not report inside an IBAN (phone). */
export function findIbans(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let lastEnd = 0;
  // Country code, then at most one space or dash, then the two check digits.
  for (const match of text.matchAll(/(?<![A-Za-z0-9])([A-Za-z]{2})[ -]?(\d\d)/g)) {
    const start = match.index;
    if (start < lastEnd) continue;
    const country = match[1]!.toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    let compact = country + match[2]!;
    let i = start + match[0].length;
    // Sizes of the group being read and of the one before it (-1: none), to tell a finished
    // IBAN from one typed too long in regular groups.
    let group = match[0].length === 4 ? 4 : 2;
    let previousGroup = match[0].length === 4 ? -1 : 2;
    // Take exactly the country's number of characters, skipping short runs of separators.
    while (compact.length < length && i < text.length) {
      const code = text.charCodeAt(i);
      if (isAlnum(code)) {
        compact += text[i];
        group++;
        i++;
        continue;
      }
      const next = afterSeparators(text, i);
      if (next < 0) break;
      previousGroup = group;
      group = 0;
      i = next;
    }
    if (compact.length !== length) continue;
    if (i < text.length && isAlnum(text.charCodeAt(i))) continue;
    // "AT21 0741 8529 6307 4185 7": the last group is as long as the one before and another
    // group with a digit follows, so the typed number goes on past the country's length.
    if (group === previousGroup && groupHasDigit(text, afterSeparators(text, i))) continue;
    if (isValidIban(compact)) {
      found.push([start, i]);
      lastEnd = i;
    }
  }
  return found;
}

export const recognizer: Recognizer = {
  id: 'iban',
  kinds: ['iban'],
  recognize(ctx: ScanContext): Span[] {
    // Cheap pre-scan: an IBAN has at least two digits after two letters.
    if (digitCount(ctx.text) < 2 || !/\d\d/.test(ctx.text)) return [];
    return findIbans(ctx.text).map(([start, end]) => {
      const { score, reason } = withContext(1, 'checksum', findContext(ctx.lower, start, end, CONTEXT), 0);
      return { category: 'identifier', kind: 'iban', start, end, score, reason };
    });
  },
};
