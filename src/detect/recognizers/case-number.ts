/**
 * Case and file numbers: whatever follows "Az.", "Aktenzeichen", "Geschäftszeichen",
 * "Fallnummer", "Vorgangsnummer", "file no." …, and German court formats without a keyword:
 * "45 F 123/25" (Familiengericht), "1 BvR 123/20", "3 UF 45/24", "12 Js 345/23", "XII ZB 12/20".
 * Organisation-specific formats come from the policy as custom patterns (custom-pattern.ts).
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { indexesOf, matchAllAt } from '../anchored-matches';
import { findContext, withContext } from '../context';
import { digitCount } from '../digit-count';

const KEYWORDS =
  /(?<![\p{L}])(?:az\.?|aktenzeichen|akten-zeichen|geschäftszeichen|geschaeftszeichen|gesch\.-z\.|gz\.|fallnummer|fall-nr\.?|fallnr\.?|vorgangsnummer|vorgangs-nr\.?|vorgangsnr\.?|file no\.?|file number|case no\.?|case number|reference no\.?|ref\. no\.?|unser zeichen|ihr zeichen)(?![\p{L}])[ ]?(?:[:#]|nr\.?|no\.?)?[ ]?/gu;

/** Every keyword begins with one of these: the regex is tried only where one occurs. */
const KEYWORD_STARTS = [
  'az',
  'akten',
  'gesch',
  'gz.',
  'fall',
  'vorgangs',
  'file n',
  'case n',
  'reference no',
  'ref. no',
  'unser zeichen',
  'ihr zeichen',
];

/** Court register abbreviations are 1-4 letters; these short capitalised words are not registers. */
const NOT_A_REGISTER = new Set([
  'uhr',
  'mal',
  'std',
  'min',
  'tag',
  'nr',
  'kg',
  'mio',
  'euro',
  'eur',
  'km',
  'mg',
  'ml',
  'cm',
  'am',
  'um',
  'im',
  'in',
  'und',
  'von',
  'bis',
  'pro',
  'mit',
]);

const COURT_CONTEXT = [
  'gericht',
  'amtsgericht',
  'familiengericht',
  'landgericht',
  'sozialgericht',
  'verwaltungsgericht',
  'ag',
  'lg',
  'olg',
  'verfahren',
  'beschluss',
  'urteil',
  'staatsanwaltschaft',
  'aktenzeichen',
  'az.',
  'az',
  'court',
  'case',
];

/** Reads the identifier after a keyword: up to 5 space-separated chunks, at least one with a digit. */
function tokenAfter(text: string, from: number): [number, number] | undefined {
  const chunk = /[\p{L}\p{N}][\p{L}\p{N}/\-.:_]*/uy;
  let position = from;
  let end = -1;
  let chunks = 0;
  while (chunks < 5) {
    chunk.lastIndex = position;
    const match = chunk.exec(text);
    if (!match) break;
    const value = match[0].replace(/[.:]+$/, '');
    const hasDigit = /\d/.test(value);
    const registerLike = /^(?:\p{Lu}[\p{L}]{0,3}|[IVX]{1,5})$/u.test(value) && !NOT_A_REGISTER.has(value.toLowerCase());
    // Register letters ("F", "BvR") belong to the number only when digits follow them, which
    // holds because the span ends at the last chunk with a digit.
    if (!hasDigit && !registerLike) break;
    if (hasDigit) end = match.index + value.length;
    chunks++;
    position = match.index + match[0].length;
    if (text[position] !== ' ') break;
    position++;
  }
  return end === -1 ? undefined : [from, end];
}

function courtPattern(): RegExp {
  return /(?<![\p{L}\p{N}/.,])(?:\d{1,3}|[IVX]{1,5}) (\p{Lu}[\p{L}]{0,3}) \d{1,6}\/\d{2}(?![\p{N}/])/gu;
}

export const recognizer: Recognizer = {
  id: 'case-number',
  kinds: ['case-number'],
  recognize(ctx: ScanContext): Span[] {
    const { text, lower } = ctx;
    // The count is kept per draft and shared with the other recognizers: no regex per keystroke.
    if (digitCount(text) === 0) return [];
    const spans: Span[] = [];
    const starts: number[] = [];
    for (const needle of KEYWORD_STARTS) indexesOf(lower, needle, starts);
    for (const match of matchAllAt(KEYWORDS, lower, starts)) {
      const token = tokenAfter(text, match.index + match[0].length);
      if (!token) continue;
      const keyword = match[0].trim().replace(/[:#]$/, '').trim();
      spans.push({
        category: 'identifier',
        kind: 'case-number',
        start: token[0],
        end: token[1],
        score: 0.9,
        reason: `context:${keyword}`,
      });
    }
    // Keyword spans are in text order, and so are court matches: one pointer finds overlaps.
    const keywordSpans = spans.slice();
    let next = 0;
    // Every court number has a slash ("45 F 123/25"): without one, skip the scan.
    const courtMatches = text.includes('/') ? text.matchAll(courtPattern()) : [];
    for (const match of courtMatches) {
      const start = match.index;
      const end = start + match[0].length;
      if (NOT_A_REGISTER.has(match[1]!.toLowerCase())) continue;
      while (next < keywordSpans.length && keywordSpans[next]!.end <= start) next++;
      if (next < keywordSpans.length && keywordSpans[next]!.start < end) continue;
      const { score, reason } = withContext(
        0.75,
        'pattern',
        findContext(lower, start, end, COURT_CONTEXT, { before: 50 }),
        0.2,
      );
      spans.push({ category: 'identifier', kind: 'case-number', start, end, score, reason });
    }
    return spans;
  },
};
