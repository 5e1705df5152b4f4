/**
 * Birth dates: German ("12.03.1987", "12.3.87", "12. März 1987") and English ("March 12, 1987",
 * "12 March 1987", "12/03/1987", "1987-03-12") dates, but ONLY next to a birth context word
 * (geb., geboren, *, Geburtsdatum, born, DOB, date of birth). Any other date is an appointment
 * or an event ("Treffen am 12.03.2026") and is not reported.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { digitRunStarts, indexesOf, matchAllAt } from '../anchored-matches';
import { findContext } from '../context';
import { digitCount } from '../digit-count';

const DE_MONTHS =
  'januar|jan|februar|feb|märz|maerz|mär|mrz|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** Strong evidence that the date is someone's birth date. */
const STRONG = [
  'geb.',
  'geb',
  'geboren',
  'geburtsdatum',
  'geb.-datum',
  'geburtsdat.',
  'born',
  'dob',
  'd.o.b.',
  'date of birth',
  'birth date',
  'birthdate',
  'date de naissance',
];
/** A birthday is personal too, but "Geburtstag" also introduces parties: lower score. */
const WEAK = ['geburtstag', 'birthday', 'geburtstagskind'];
/** "am 12.03.1987 geboren": the word must follow the date directly, else it is another date's. */
function after(lower: string, end: number): string | undefined {
  return /^ (geboren|born)(?![\p{L}])/u.exec(lower.slice(end, end + 10))?.[1];
}

/**
 * Every alternative has fixed structure; no nested quantifiers, so matching stays linear. Built
 * once (a long source assembled per scan cost more than the match); used only with matchAll,
 * which copies it, so no lastIndex is shared between scans.
 */
const DATE = new RegExp(
  [
    String.raw`(?<![\p{N}.\/-])\d{1,2}([./-]) ?\d{1,2}\1 ?(?:\d{4}|\d{2})(?![\p{N}]|[./-]\d)`,
    String.raw`(?<![\p{N}])\d{4}-\d{2}-\d{2}(?![\p{N}])`,
    String.raw`(?<![\p{N}])\d{1,2}\.? ?(?:${DE_MONTHS})\.?(?: \d{4})?(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}])(?:${EN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?![\p{N}])`,
    String.raw`(?<![\p{N}])\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${EN_MONTHS})\.?,? \d{4}(?![\p{N}])`,
  ].join('|'),
  'gu',
);

/** Every English month name and abbreviation begins with one of these. */
const EN_MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Every context word (STRONG, WEAK, "geboren"/"born" after the date, the birth star) contains
 * one of these: without any of them no date can be a birth date, and the scan is skipped.
 */
const CONTEXT_NEEDLES = ['geb', 'born', 'dob', 'd.o.b.', 'birth', 'naissance', '*'];

function plausible(match: string): boolean {
  const numeric = /^(\d{1,2})[./-] ?(\d{1,2})[./-]/.exec(match);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    // Day first (German) or month first (US): one reading must be a real date.
    return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
  }
  const iso = /^\d{4}-(\d{2})-(\d{2})$/.exec(match);
  if (iso) return Number(iso[1]) >= 1 && Number(iso[1]) <= 12 && Number(iso[2]) >= 1 && Number(iso[2]) <= 31;
  const day = /\d{1,2}/.exec(match);
  const value = day ? Number(day[0]) : 0;
  return value >= 1 && value <= 31;
}

export const recognizer: Recognizer = {
  id: 'birth-date',
  kinds: ['birth-date'],
  recognize(ctx: ScanContext): Span[] {
    const { lower } = ctx;
    // The count is kept per draft and shared with the other recognizers: no regex per keystroke.
    if (digitCount(ctx.text) === 0 || !CONTEXT_NEEDLES.some((needle) => lower.includes(needle))) return [];
    const spans: Span[] = [];
    // A context word belongs to the nearest date: "geb. 01.02.1990, Termin am 12.03.2026" makes
    // only the first a birth date, so the window never reaches back past the previous date.
    let previousEnd = 0;
    // Every date starts with a digit that no digit precedes, or with an English month name.
    const starts = [...digitRunStarts(lower)];
    for (const month of EN_MONTH_STARTS) indexesOf(lower, month, starts);
    for (const match of matchAllAt(DATE, lower, starts)) {
      if (!plausible(match[0])) continue;
      const start = match.index;
      const end = start + match[0].length;
      let before = Math.min(30, start - previousEnd);
      // Nor past the end of the previous sentence: "Sie hat ein Kind geboren. Am 12.03.2026 …"
      const window = ctx.text.slice(start - before, start);
      let boundary = -1;
      for (const end of window.matchAll(/[.!?]\s+(?=\p{Lu})|\n/gu)) boundary = end.index + end[0].length;
      if (boundary !== -1) before = window.length - boundary;
      previousEnd = end;
      const hasYear = /\d{4}|[./-] ?\d{2}$/.test(match[0]);
      let score = 0;
      let word = findContext(lower, start, end, STRONG, { before }) ?? after(lower, end);
      if (word !== undefined) score = hasYear ? 0.9 : 0.6;
      else if (/\*\s?$/.test(lower.slice(Math.max(0, start - 2), start))) {
        // "* 12.03.1987": the genealogical birth star, only directly before the date.
        word = '*';
        score = hasYear ? 0.85 : 0;
      } else {
        word = findContext(lower, start, end, WEAK, { before });
        if (word !== undefined) score = 0.6;
      }
      if (score === 0) continue;
      spans.push({ category: 'identifier', kind: 'birth-date', start, end, score, reason: `context:${word}` });
    }
    return spans;
  },
};
