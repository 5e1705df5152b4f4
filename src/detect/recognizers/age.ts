/**
 * A person's age: "die 15-Jährige", "15-jähriger", "34 Jahre alt", "34 J.", "Maria (34)",
 * "aged 34", "34 years old", "34-year-old". Anniversaries and durations are not ages:
 * "15 Jahre Jubiläum", "das 15-jährige Bestehen", "seit 3 Jahren", "(2024)".
 */
import { digitRunStarts, indexesOf, letterRunStart, matchAllAt } from '../anchored-matches';
import { digitCount } from '../digit-count';
import type { Recognizer, ScanContext, Span } from '../recognizer';

/** Nouns after "-jährig" that make it the age of an institution or a duration. */
const NOT_A_PERSON = new Set([
  'jubiläum',
  'jubilaeum',
  'bestehen',
  'erfahrung',
  'tradition',
  'geschichte',
  'zugehörigkeit',
  'betriebszugehörigkeit',
  'firmenjubiläum',
  'dienstjubiläum',
  'partnerschaft',
  'zusammenarbeit',
  'laufzeit',
  'amtszeit',
  'pause',
  'ehe',
  'mitgliedschaft',
  'praxis',
  'berufserfahrung',
  'forschung',
]);
/** Words before "34 J." that make it a duration ("seit 3 J."). */
const DURATION_WORDS = new Set([
  'seit',
  'vor',
  'nach',
  'für',
  'fuer',
  'in',
  'über',
  'ueber',
  'alle',
  'ca.',
  'etwa',
  'bis',
  'zu',
  'ab',
  'binnen',
  'innerhalb',
]);
/** Capitalised words before "(3)" that number things, not people. */
const NOT_A_NAME = new Set([
  'seite',
  'kapitel',
  'absatz',
  'abs',
  'nr',
  'punkt',
  'teil',
  'anlage',
  'raum',
  'zimmer',
  'gruppe',
  'klasse',
  'folie',
  'frage',
  'aufgabe',
  'schritt',
  'tabelle',
  'abbildung',
  'abb',
  'tab',
  'anhang',
  'variante',
  'option',
  'version',
  'termin',
  'runde',
  'stufe',
  'level',
  'page',
  'chapter',
  'section',
  'step',
  'room',
  'question',
  'item',
]);

interface Rule {
  /** The rule can only match where one of these occurs in the lower-case text (a cheap pre-check). */
  needles: readonly string[];
  /** The words a match starts with; without them, a match starts with a digit no digit precedes. */
  starts?: readonly string[];
  pattern: RegExp;
  score: number;
  /** Group holding the age in years. */
  group: number;
  /** Extra test against the words around the match. */
  guard?: 'next-noun' | 'duration';
}

/**
 * Built once and used only through matchAllAt, which never changes them: creating seven regexes
 * per keystroke cost more than running them.
 */
const RULES: readonly Rule[] = [
  {
    needles: ['jährig', 'jaehrig'],
    pattern: /(?<![\p{L}\p{N}])(\d{1,3}) ?-? ?(?:jährig|jaehrig)(?:e[nrsm]?)?(?![\p{L}])/gu,
    score: 0.85,
    group: 1,
    guard: 'next-noun',
  },
  {
    needles: ['jahre'],
    pattern: /(?<![\p{L}\p{N}])(\d{1,3}) (?:jahre|jahren) alt(?![\p{L}])/gu,
    score: 0.85,
    group: 1,
  },
  { needles: ['j.'], pattern: /(?<![\p{L}\p{N}])(\d{1,3}) ?j\.(?! ?\d)/gu, score: 0.6, group: 1, guard: 'duration' },
  { needles: ['aged '], starts: ['aged '], pattern: /(?<![\p{L}])aged (\d{1,3})(?![\p{N}])/gu, score: 0.85, group: 1 },
  {
    needles: ['old'],
    pattern: /(?<![\p{L}\p{N}])(\d{1,3})(?: |-)?(?:years?|yrs?)(?: |-)?old(?![\p{L}])/gu,
    score: 0.85,
    group: 1,
  },
  {
    needles: ['yo', 'y/o', 'y.o.'],
    pattern: /(?<![\p{L}\p{N}])(\d{1,3}) ?(?:yo|y\/o|y\.o\.)(?![\p{L}])/gu,
    score: 0.75,
    group: 1,
  },
  {
    needles: ['alter', 'age'],
    starts: ['alter', 'age', 'im alter von', 'at the age of'],
    pattern: /(?<![\p{L}])(?:alter|age|im alter von|at the age of):? (\d{1,3})(?![\p{N}])/gu,
    score: 0.8,
    group: 1,
  },
];

/** "Maria (34)": used only through matchAllAt, which never changes it. */
const BRACKETED_AGE = /(?<![\p{L}])(\p{Lu}\p{Ll}*\.?) \((\d{1,3})\)/gu;

function plausibleAge(value: string | undefined): boolean {
  const years = Number(value);
  return Number.isInteger(years) && years >= 1 && years <= 110;
}

export const recognizer: Recognizer = {
  id: 'age',
  kinds: ['age'],
  recognize(ctx: ScanContext): Span[] {
    const { text, lower } = ctx;
    // The count is kept per draft and shared with the other recognizers: no regex per keystroke.
    if (digitCount(text) === 0) return [];
    const spans: Span[] = [];
    for (const rule of RULES) {
      if (!rule.needles.some((needle) => lower.includes(needle))) continue;
      const starts: readonly number[] = rule.starts
        ? rule.starts.reduce<number[]>((found, word) => indexesOf(lower, word, found), [])
        : digitRunStarts(lower);
      for (const match of matchAllAt(rule.pattern, lower, starts)) {
        if (!plausibleAge(match[rule.group])) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (rule.guard === 'next-noun') {
          const next = /^ ([\p{L}]+)/u.exec(lower.slice(end, end + 40));
          if (next && NOT_A_PERSON.has(next[1]!)) continue;
        }
        if (rule.guard === 'duration') {
          const previous = /([\p{L}.]+) $/u.exec(lower.slice(Math.max(0, start - 20), start));
          if (previous && DURATION_WORDS.has(previous[1]!)) continue;
        }
        spans.push({ category: 'identifier', kind: 'age', start, end, score: rule.score, reason: 'pattern' });
      }
    }
    // "Maria (34)", "Herr M. (15)": a bracketed age right after a capitalised word or initial.
    // The regex runs only before " (" + digit, at the start of the word there: tried at every
    // capital letter it cost more than the rest of this recognizer on a long draft.
    const starts: number[] = [];
    for (let p = text.indexOf(' ('); p !== -1; p = text.indexOf(' (', p + 1)) {
      const digit = text.charCodeAt(p + 2);
      if (digit < 0x30 || digit > 0x39) continue;
      starts.push(letterRunStart(text, text.charCodeAt(p - 1) === 0x2e ? p - 1 : p));
    }
    for (const match of matchAllAt(BRACKETED_AGE, text, starts)) {
      const word = match[1]!.replace('.', '').toLowerCase();
      if (NOT_A_NAME.has(word) || !plausibleAge(match[2])) continue;
      const start = match.index + match[1]!.length + 1;
      spans.push({
        category: 'identifier',
        kind: 'age',
        start,
        end: start + match[2]!.length + 2,
        score: 0.6,
        reason: 'pattern',
      });
    }
    return spans;
  },
};
