/**
 * IBAN of any country in the SWIFT registry, compact or in groups ("DE89 3704 0044 0532 0130 00"),
 * any case. The country's length decides how many characters belong to the IBAN, so a
 * following word is never swallowed; mod 97 must pass, otherwise there is no finding.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { IBAN_LENGTHS, isValidIban } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const CONTEXT = ['iban', 'konto', 'kontonummer', 'bankverbindung', 'überweisung', 'ueberweisung', 'account', 'bank'];

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Finds IBAN spans; exported for recognizers that must not report inside an IBAN (phone). */
export function findIbans(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(/(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g)) {
    const start = match.index;
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let compact = match[0];
    let i = start + 4;
    // Take exactly the country's number of characters, allowing one space between any two.
    while (compact.length < length && i < text.length) {
      const code = text.charCodeAt(i);
      if (isAlnum(code)) {
        compact += text[i];
        i++;
      } else if (code === 32 && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1))) {
        i++;
      } else break;
    }
    if (compact.length !== length) continue;
    if (i < text.length && isAlnum(text.charCodeAt(i))) continue;
    if (isValidIban(compact)) found.push([start, i]);
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
