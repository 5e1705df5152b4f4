/**
 * Personalausweis and Reisepass numbers. German document numbers use 0-9 and the consonants
 * C F G H J K L M N P R T V W X Y Z (no vowels or look-alikes) and carry an ICAO 9303 check
 * digit (weights 7-3-1) in the machine-readable zone. People usually type the 9 characters
 * printed on the card without the check digit, which proves nothing on its own, so:
 * - 9 characters + valid check digit (with a letter and a digit in it): reported anywhere;
 * - 9 characters alone, or lower case: only after a strong context word;
 * - 10 characters whose check digit fails: dropped.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { matchAllAt } from '../anchored-matches';
import { isValidIcaoDocumentNumber } from '../checksums';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const CONTEXT = [
  'ausweisnummer',
  'ausweis-nr',
  'ausweis-nr.',
  'ausweisnr',
  'ausweisnr.',
  'personalausweis',
  'personalausweisnummer',
  'perso',
  'perso-nr',
  'perso-nr.',
  'ausweis',
  'reisepass',
  'reisepassnummer',
  'passnummer',
  'pass-nr',
  'pass-nr.',
  'passnr',
  'passnr.',
  'dokumentennummer',
  'passport',
  'passport no',
  'passport no.',
  'passport number',
  'id card',
  'id-card',
  'id number',
  'document number',
];

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A whole run of 9-10 ASCII letters and digits. Used only through matchAllAt, which never changes it. */
const TOKEN = /(?<![\p{L}\p{N}])[A-Za-z0-9]{9,10}(?![\p{L}\p{N}])/gu;

const GERMAN_ALPHABET = /^[CFGHJKLMNPRTVWXYZ0-9]+$/;

export const recognizer: Recognizer = {
  id: 'id-card',
  kinds: ['id-card'],
  recognize(ctx: ScanContext): Span[] {
    const spans: Span[] = [];
    // Only a token with a digit counts, and a token is a whole run of letters and digits: try
    // the regex at the start of each such run, not at every long word of a long draft.
    const text = ctx.text;
    // Without a digit there is no token to try: skip the pass over the draft.
    if (digitCount(text) === 0) return spans;
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) continue;
      let start = i;
      while (start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
      starts.push(start);
      while (i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) i++;
    }
    for (const match of matchAllAt(TOKEN, text, starts)) {
      const token = match[0];
      if (!/\d/.test(token)) continue;
      const upper = token.toUpperCase();
      if (!GERMAN_ALPHABET.test(upper)) continue;
      const start = match.index;
      const end = start + token.length;
      const word = findContext(ctx.lower, start, end, CONTEXT, { before: 40 });
      const hasLetter = /[A-Z]/.test(upper);
      if (token.length === 10) {
        if (!isValidIcaoDocumentNumber(upper)) continue;
        // A 10-digit number passes the check one time in ten (phone numbers, order numbers):
        // without a letter it needs context; lower case always does.
        if ((!hasLetter || token !== upper) && word === undefined) continue;
        const { score, reason } = withContext(1, 'checksum', word, 0);
        spans.push({ category: 'identifier', kind: 'id-card', start, end, score, reason });
      } else {
        // Nine characters: the printed number without its check digit.
        if (word === undefined) continue;
        const { score, reason } = withContext(0.6, undefined, word, 0.25);
        spans.push({ category: 'identifier', kind: 'id-card', start, end, score, reason });
      }
    }
    return spans;
  },
};
