/**
 * Splits text into words with offsets, the unit the name rules work on. A word is a run of
 * letters (with combining marks), joined across inner hyphens and apostrophes so "Hans-Peter",
 * "O'Brien" and "al-Assad" stay one word: exactly what /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\/gu
 * matches, but read by one char-code loop into parallel arrays that are reused from draft to
 * draft. It runs on every keystroke: the regex version with one object, one match array and a
 * gap string per word made most of a 20,000-character scan's garbage (and its GC pauses).
 */

/** First letter upper case. */
export const CAPITAL = 1;
/** Whole word upper case and longer than one letter ("AFP", "LG"). */
export const ALL_CAPS = 2;
/** A "." follows immediately ("M.", "Dr."). */
export const DOT = 4;
/** Nothing but spaces (at most two, no line break) separates it from the previous word. */
export const JOINED = 8;
/** First word of the text, of a line, or after . ! ? : (except after an abbreviation or initial). */
export const SENTENCE_START = 16;
/**
 * The word holds a character whose lower case depends on more than itself (İ → "i̇", Σ → σ/ς
 * by position) or a surrogate pair: cutting its lower-case form is not lower-casing its cut,
 * so rules that look at part of the word must lower-case that part itself.
 */
export const SPECIAL_CASE = 32;

/**
 * The words of one draft. Valid until the next call of wordList() with another text: the
 * arrays are reused, so callers read them synchronously and never keep them.
 */
export interface WordList {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Bits: CAPITAL, ALL_CAPS, DOT, JOINED, SENTENCE_START, SPECIAL_CASE. */
  readonly flags: Uint8Array;
  /** Each word lower-cased as String.prototype.toLowerCase does it (entries ≥ count are stale). */
  readonly lower: string[];
}

/** The word as written (allocates; for the rarer rules). */
export function wordText(words: WordList, k: number): string {
  return words.text.slice(words.start[k], words.end[k]);
}

class Buffers implements WordList {
  text = '';
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  flags = new Uint8Array(64);
  lower: string[] = [];

  grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    start.set(this.start);
    const end = new Int32Array(size);
    end.set(this.end);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.start = start;
    this.end = end;
    this.flags = flags;
  }
}

/**
 * person-name and person-reference tokenise the same draft one after the other; keeping the
 * last result halves that work.
 */
const buffers = new Buffers();
let filled = false;

export function wordList(text: string): WordList {
  if (filled && text === buffers.text) return buffers;
  filled = false; // a throw below must not leave a half-filled list behind as valid
  tokenize(text, buffers);
  buffers.text = text;
  filled = true;
  return buffers;
}

// Per UTF-16 unit, computed on first sight: LETTER = \p{L}|\p{M}; UPPER_FIRST = the unit alone
// differs from its lower case and equals its upper case (the old `capital` test); UPPER_STABLE =
// upper-casing leaves it alone; LOWER_CHANGES = lower-casing changes it. Casing is per code
// point and context-free except for final sigma, so per-unit bits give the same answer as the
// whole-word string comparisons for every word without surrogates.
const KNOWN = 1;
const LETTER = 2;
const UPPER_FIRST = 4;
const UPPER_STABLE = 8;
const LOWER_CHANGES = 16;
const ASCII_LOWER_OR_MARK = 64; // a-z: lower-casing the word cannot change this unit
const unitClass = new Uint8Array(65536);
const LETTER_TEST = /^[\p{L}\p{M}]$/u;

function classOf(c: number): number {
  const known = unitClass[c]!;
  if (known !== 0) return known;
  const s = String.fromCharCode(c);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  let bits = KNOWN;
  if (c < 0xd800 || c > 0xdfff) {
    if (LETTER_TEST.test(s)) bits |= LETTER;
  }
  if (s !== lower && s === upper) bits |= UPPER_FIRST;
  if (s === upper) bits |= UPPER_STABLE;
  if (s !== lower) bits |= LOWER_CHANGES;
  if (c >= 97 && c <= 122) bits |= ASCII_LOWER_OR_MARK;
  unitClass[c] = bits;
  return bits;
}

const astralLetters = new Map<number, boolean>();

function isAstralLetter(cp: number): boolean {
  let known = astralLetters.get(cp);
  if (known === undefined) {
    known = LETTER_TEST.test(String.fromCodePoint(cp));
    astralLetters.set(cp, known);
  }
  return known;
}

/** Length in units of the letter (one code point) at i, or 0 when none starts there. */
function letterAt(text: string, i: number, length: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return (classOf(c) & LETTER) !== 0 ? 1 : 0;
  if (i + 1 >= length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return isAstralLetter(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45; // ' ’ -
}

function tokenize(text: string, out: Buffers): void {
  const length = text.length;
  let count = 0;
  let previousEnd = 0;
  let i = 0;
  while (i < length) {
    let step = letterAt(text, i, length);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    // All units of the word: upper-stable? some lower-changing? any lower-changing unit makes
    // `lower` a new string; any special-case unit sends the word down the string path.
    let allUpperStable = true;
    let someLowerChanges = false;
    let plainLower = true;
    let special = false;
    for (;;) {
      if (step === 1) {
        // One BMP unit (nearly every letter): letterAt has just classed it, read its bits once.
        const c = text.charCodeAt(i);
        const bits = unitClass[c]!;
        if ((bits & UPPER_STABLE) === 0) allUpperStable = false;
        if ((bits & LOWER_CHANGES) !== 0) someLowerChanges = true;
        if ((bits & ASCII_LOWER_OR_MARK) === 0) plainLower = false;
        if (c === 0x130 || c === 0x3a3) special = true;
        i++;
        // Then the ASCII letters that follow, the bulk of German and English words, with their
        // classes written out (a-z: not upper-stable; A-Z: lower-casing changes it).
        while (i < length) {
          const d = text.charCodeAt(i);
          if (d >= 0x61 && d <= 0x7a) allUpperStable = false;
          else if (d >= 0x41 && d <= 0x5a) {
            someLowerChanges = true;
            plainLower = false;
          } else break;
          i++;
        }
      } else {
        for (let u = i; u < i + step; u++) {
          const c = text.charCodeAt(u);
          const bits = classOf(c);
          if ((bits & UPPER_STABLE) === 0) allUpperStable = false;
          if ((bits & LOWER_CHANGES) !== 0) someLowerChanges = true;
          if ((bits & ASCII_LOWER_OR_MARK) === 0) plainLower = false;
          if (c === 0x130 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) special = true;
        }
        i += step;
      }
      step = i < length ? letterAt(text, i, length) : 0;
      if (step > 0) continue;
      // A joiner continues the word only when a letter follows it.
      if (i + 1 < length && isJoiner(text.charCodeAt(i))) {
        const after = letterAt(text, i + 1, length);
        if (after > 0) {
          const c = text.charCodeAt(i);
          const bits = classOf(c);
          if ((bits & UPPER_STABLE) === 0) allUpperStable = false;
          if (c !== 45 && c !== 39) plainLower = false;
          i++;
          step = after;
          continue;
        }
      }
      break;
    }
    const end = i;
    if (count === out.start.length) out.grow();
    const word = text.slice(start, end);
    let flags = 0;
    if (special) {
      flags |= SPECIAL_CASE;
      // Code-point casing (surrogate pairs) and İ: the original string tests.
      const first = word[0]!;
      if (first !== first.toLowerCase() && first === first.toUpperCase()) flags |= CAPITAL;
      if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) flags |= ALL_CAPS;
    } else {
      if ((classOf(text.charCodeAt(start)) & UPPER_FIRST) !== 0) flags |= CAPITAL;
      if (end - start > 1 && allUpperStable && someLowerChanges) flags |= ALL_CAPS;
    }
    // Hyphens and apostrophes do not change under lower-casing; a-z do not either.
    out.lower[count] = plainLower ? word : word.toLowerCase();
    if (text.charCodeAt(end) === 46) flags |= DOT;
    if (count === 0) flags |= SENTENCE_START;
    else {
      const previousDot = (out.flags[count - 1]! & DOT) !== 0;
      if (joiningGap(text, previousDot ? previousEnd + 1 : previousEnd, start)) flags |= JOINED;
      if (startsSentence(text, previousEnd, start, previousDot, out, count - 1)) flags |= SENTENCE_START;
    }
    out.start[count] = start;
    out.end[count] = end;
    out.flags[count] = flags;
    count++;
    previousEnd = end;
  }
  out.count = count;
}

/** One or two spaces (also no-break), nothing else. */
function joiningGap(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

function startsSentence(
  text: string,
  from: number,
  to: number,
  previousDot: boolean,
  words: WordList,
  previous: number,
): boolean {
  let dot = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 33 || c === 63 || c === 58) return true; // \n ! ? :
    if (c === 46) dot = true;
  }
  if (!dot) return false;
  // "Herr M. Becker", "Dr. Weber", "z. B. Anna": a dot after an initial or abbreviation
  // does not end the sentence. (previousDot means the gap starts with that dot.)
  if (previousDot && isAbbreviation(words, previous)) return false;
  return true;
}

function isAbbreviation(words: WordList, k: number): boolean {
  return words.end[k]! - words.start[k]! === 1 || ABBREVIATIONS.has(words.lower[k]!);
}

/** Abbreviations whose dot does not end a sentence ("Dr.", "geb.", "Str."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'prof',
  'fr',
  'hr',
  'hrn',
  'mr',
  'mrs',
  'ms',
  'st',
  'bzw',
  'ca',
  'vgl',
  'usw',
  'etc',
  'nr',
  'str',
  'tel',
  'geb',
  'sen',
  'jun',
  'dipl',
  'ing',
  'med',
  'phil',
  'rer',
  'nat',
  'jr',
  'sr',
  'chr',
  'joh',
  'wm',
  'hl',
  'gen',
  'präs',
  'abg',
  'min',
]);
