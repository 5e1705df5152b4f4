/**
 * Normalisation before matching, with an exact map back to the original text.
 *
 * Users (and evaders) write "D e p r e s s i o n" or "D.e.p.r.e.s.s.i.o.n", hide zero-width
 * spaces, variation selectors, tag characters or Hangul fillers inside words, put an emoji, a
 * line break or "- " inside a word ("Frauen🏠haus", "abge\nschoben", "ge- drückt"), paste
 * full-width letters or swap a Latin "о" for a Cyrillic one. Recognizers match on `text`
 * (and `lower`), and the engine maps every span back to UTF-16 offsets of the original so the
 * UI highlights exactly what the user typed. Real emoji sequences (ZWJ families, keycaps,
 * skin tones, flags including subdivision flags) are kept as they are.
 *
 * Every step is a single left-to-right pass: linear in the input, no regex backtracking.
 */
import { lastAtOrBefore } from './sorted';

export interface Normalised {
  readonly original: string;
  /** NFKC per grapheme, controls removed, homoglyphs folded, spaced letters joined. */
  readonly text: string;
  /** `text` lower-cased per UTF-16 unit; same length and indexing as `text`. */
  readonly lower: string;
  /**
   * For each unit of `text`: start offset (inclusive) of the original unit(s) it came from.
   * null when nothing changed (the common case): then offsets are the identity.
   */
  readonly srcStart: readonly number[] | null;
  /** For each unit of `text`: end offset (exclusive) of its original unit(s); null = identity. */
  readonly srcEnd: readonly number[] | null;
}

/**
 * Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): characters a
 * renderer shows as nothing — zero-width and bidi controls, soft hyphen, variation selectors
 * (U+FE00–FE0F, U+E0100–E01EF, Mongolian U+180B–180F), tag characters (U+E0000–E007F),
 * Hangul fillers, invisible operators. Typed inside a word they only serve to split it.
 * normalise.test.ts checks this table against \p{Default_Ignorable_Code_Point} for every
 * code point.
 */
export function isDefaultIgnorable(cp: number): boolean {
  if (cp < 0x00ad) return false;
  if (cp < 0x10000) {
    return (
      cp === 0x00ad ||
      cp === 0x034f ||
      cp === 0x061c ||
      cp === 0x115f ||
      cp === 0x1160 ||
      cp === 0x17b4 ||
      cp === 0x17b5 ||
      (cp >= 0x180b && cp <= 0x180f) ||
      (cp >= 0x200b && cp <= 0x200f) ||
      (cp >= 0x202a && cp <= 0x202e) ||
      (cp >= 0x2060 && cp <= 0x206f) ||
      cp === 0x3164 ||
      (cp >= 0xfe00 && cp <= 0xfe0f) ||
      cp === 0xfeff ||
      cp === 0xffa0 ||
      (cp >= 0xfff0 && cp <= 0xfff8)
    );
  }
  return (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0000 && cp <= 0xe0fff);
}

/** Default-ignorable BMP units: dropped wherever NFKC output contains them. */
function isInvisible(c: number): boolean {
  return isDefaultIgnorable(c);
}

/**
 * Characters that render as a blank as wide as a letter: Hangul fillers and the braille blank
 * (U+2800, not default-ignorable but just as empty). Between two letters of a word they are
 * dropped ("D⠀e⠀p⠀r" → "Depr"); elsewhere, or before a capital ("Frau⠀Müller"), they stand
 * for the space they imitate.
 */
function isBlankFiller(cp: number): boolean {
  return cp === 0x2800 || cp === 0x3164 || cp === 0xffa0 || cp === 0x115f || cp === 0x1160;
}

/** Pictographs, skin tones and regional indicators (flags). */
const EMOJI_SYMBOL = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Part of an emoji sequence: an emoji symbol, ZWJ, VS15/16, the keycap mark or a tag character. */
export function isEmojiPart(cp: number): boolean {
  if (cp === 0x200d || cp === 0xfe0e || cp === 0xfe0f || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f)) return true;
  // No emoji among letters and CJK: only © and ® below U+2000, none from U+3300 to U+1EFFF.
  if (cp < 0x2000) return cp === 0xa9 || cp === 0xae;
  if (cp >= 0x3300 && cp < 0x1f000) return false;
  return EMOJI_SYMBOL.test(String.fromCodePoint(cp));
}

function isPictographic(cp: number): boolean {
  return (cp === 0xa9 || cp === 0xae || cp >= 0x2000) && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

function lastCodePoint(text: string): number {
  const k = text.length - 1;
  if (k < 0) return -1;
  const unit = text.charCodeAt(k);
  return k > 0 && unit >= 0xdc00 && unit <= 0xdfff ? text.codePointAt(k - 1)! : unit;
}

function codePointAt(s: string, i: number): number {
  return i < s.length ? s.codePointAt(i)! : -1;
}

/** Keycap bases: "1️⃣", "#️⃣", "*️⃣". */
function isKeycapBase(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a;
}

/**
 * Whether a default-ignorable code point belongs to a real emoji sequence and stays: a ZWJ
 * between two pictographs (👨‍👩‍👧), a variation selector after an emoji or a keycap base
 * (❤️, 1️⃣), tag characters after a black flag (🏴 + tags = a subdivision flag).
 */
function keepsIgnorable(cp: number, previous: number, next: number): boolean {
  if (cp === 0x200d) return isEmojiPart(previous) && isPictographic(next);
  if (cp === 0xfe0e || cp === 0xfe0f) return isEmojiPart(previous) || isKeycapBase(previous);
  if (cp >= 0xe0020 && cp <= 0xe007f) return previous === 0x1f3f4 || (previous >= 0xe0020 && previous <= 0xe007f);
  return false;
}

/** Words that stand on their own on either side of a line break: "hallo\nwie gehts", "kevin\nhat". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'und oder aber ich du er sie es wir ihr man der die das den dem des ein eine einen einem einer eines ' +
    'ist bin bist sind seid war waren hat hab habe hast haben hatte wird werden kann können muss soll will ' +
    'mit von zu zum zur im in am an auf aus bei nach vor für über unter um bis nicht kein keine noch schon ' +
    'auch nur so wie was wer wo wann warum weil dass denn doch ja nein mal dann da hier jetzt heute morgen ' +
    'gestern sich mich dich mir dir ihm ihn uns euch sein seine ihre mein meine dein deine hallo hi hey moin ' +
    'servus danke bitte ok okay lg vg gruß grüße liebe lieber viele gerne gern ' +
    'and or but you he she it we they the a an is am are was were has have had will can could should ' +
    'would to of on at for with from by not no yes as if then there here this that what who when why how ' +
    'my your his her our their me him us them hello thanks thank please'
  ).split(' '),
);

/** After "Ein-", "Kinder-", "pre-": the word that makes the hyphen an elision, not a split word. */
const ELISION_FOLLOWERS: ReadonlySet<string> = new Set(
  'und oder bzw sowie als bis noch wie u and or nor to vs'.split(' '),
);

function isLowerLetterUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (!isLetterUnit(c)) return false;
  const unit = String.fromCharCode(c);
  return unit.toLowerCase() === unit && unit.toUpperCase() !== unit;
}

/** The run of letters in `s` starting at `from`, lower-cased. */
function wordAfter(s: string, from: number): string {
  let end = from;
  while (end < s.length && isLetterUnit(s.charCodeAt(end))) end++;
  return s.slice(from, end).toLowerCase();
}

/** The run of letters in `s` ending just before `to`, lower-cased. */
function wordBefore(s: string, to: number): string {
  let start = to;
  while (start > 0 && isLetterUnit(s.charCodeAt(start - 1))) start--;
  return s.slice(start, to).toLowerCase();
}

/**
 * How many units at `i` (a "-" or a line break right after a letter) split one word in two and
 * are dropped: "ge- drückt", "sammel-\ncharter" (2), "abge\nschoben" (1). The second half must
 * start lower-case; a hyphen before "und/oder/bis …" is an elision ("Ein- und Ausgang"); a line
 * break between words that stand on their own ("hallo\nwie", "kevin\nhat") stays. 0 = no split.
 */
function splitWordGap(input: string, i: number): number {
  const c = input.charCodeAt(i);
  if (c === 0x2d) {
    const gap = input.charCodeAt(i + 1);
    if ((gap !== 0x20 && gap !== 0x0a) || !isLowerLetterUnit(input.charCodeAt(i + 2))) return 0;
    return ELISION_FOLLOWERS.has(wordAfter(input, i + 2)) ? 0 : 2;
  }
  if (!isLowerLetterUnit(input.charCodeAt(i + 1))) return 0;
  if (FUNCTION_WORDS.has(wordAfter(input, i + 1)) || FUNCTION_WORDS.has(wordBefore(input, i))) return 0;
  return 1;
}

/** The cheap part of splitWordGap, for the already-normal pre-check: a letter, then "-␠x", "-\nx" or "\nx". */
function mayBeSplitWord(input: string, i: number): boolean {
  if (i === 0 || !isLetterUnit(input.charCodeAt(i - 1))) return false;
  if (input.charCodeAt(i) === 0x0a) return isLowerLetterUnit(input.charCodeAt(i + 1));
  const gap = input.charCodeAt(i + 1);
  return (gap === 0x20 || gap === 0x0a) && isLowerLetterUnit(input.charCodeAt(i + 2));
}

/** Combining marks that belong to the preceding base character (NFKC composes them). */
function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0x3099 && c <= 0x309a)
  );
}

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: ReadonlyMap<number, number> = new Map(
  (
    [
      // Cyrillic lower
      ['а', 'a'],
      ['е', 'e'],
      ['о', 'o'],
      ['р', 'p'],
      ['с', 'c'],
      ['у', 'y'],
      ['х', 'x'],
      ['і', 'i'],
      ['ј', 'j'],
      ['ѕ', 's'],
      ['ԁ', 'd'],
      ['һ', 'h'],
      ['ԛ', 'q'],
      ['ԝ', 'w'],
      ['ь', 'b'],
      // Cyrillic upper
      ['А', 'A'],
      ['В', 'B'],
      ['Е', 'E'],
      ['К', 'K'],
      ['М', 'M'],
      ['Н', 'H'],
      ['О', 'O'],
      ['Р', 'P'],
      ['С', 'C'],
      ['Т', 'T'],
      ['Х', 'X'],
      ['У', 'Y'],
      ['І', 'I'],
      ['Ј', 'J'],
      ['Ѕ', 'S'],
      ['Ԁ', 'D'],
      ['Ԛ', 'Q'],
      ['Ԝ', 'W'],
      // Greek upper
      ['Α', 'A'],
      ['Β', 'B'],
      ['Ε', 'E'],
      ['Ζ', 'Z'],
      ['Η', 'H'],
      ['Ι', 'I'],
      ['Κ', 'K'],
      ['Μ', 'M'],
      ['Ν', 'N'],
      ['Ο', 'O'],
      ['Ρ', 'P'],
      ['Τ', 'T'],
      ['Υ', 'Y'],
      ['Χ', 'X'],
      // Greek lower
      ['ο', 'o'],
      ['ν', 'v'],
      ['ι', 'i'],
      ['κ', 'k'],
      ['ρ', 'p'],
      ['α', 'a'],
      ['υ', 'u'],
    ] as const
  ).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** All look-alikes lie in this range: one comparison rules out nearly every unit. */
const HOMOGLYPH_MIN = Math.min(...HOMOGLYPHS.keys());
const HOMOGLYPH_MAX = Math.max(...HOMOGLYPHS.keys());

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Cheap letter test without a regex per character: ASCII, Latin, Greek, Cyrillic and the
 * other alphabetic BMP blocks; punctuation, symbols and surrogates (emoji) are not letters.
 */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return !(c >= 0x0300 && c <= 0x036f);
  if (c >= 0x3040 && c < 0xd800) return true;
  if (c >= 0xf900 && c < 0xfe00) return true;
  return false;
}

function isDigitUnit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * NFKC per BMP unit, remembered: 0 = not yet known, 1 = unchanged, 2 = changed (output in
 * `nfkcChanged`). 64 KB at most, so random Unicode costs one normalize() per distinct unit.
 */
const nfkcState = new Uint8Array(0x10000);
const nfkcChanged = new Map<number, string>();

function nfkc(cluster: string): string {
  if (cluster.length !== 1) {
    try {
      return cluster.normalize('NFKC');
    } catch {
      return cluster;
    }
  }
  const c = cluster.charCodeAt(0);
  const state = nfkcState[c];
  if (state === 1) return cluster;
  if (state === 2) return nfkcChanged.get(c)!;
  let out: string;
  try {
    out = cluster.normalize('NFKC');
  } catch {
    out = cluster;
  }
  if (out === cluster) nfkcState[c] = 1;
  else {
    nfkcState[c] = 2;
    nfkcChanged.set(c, out);
  }
  return out;
}

/** Separators allowed between spaced-out letters: "D e p r" or "D.e.p.r" or "D-e-p-r". */
function isSpacingSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0xb7;
}

/** Spaced letters are only joined from this many on: "u s w" and "z. B." stay as they are. */
const MIN_SPACED_LETTERS = 4;

/**
 * Code units NFKC leaves unchanged on their own (ASCII, Latin-1 letters, Latin Extended-A
 * apart from ligatures, basic Greek and Cyrillic, common punctuation). Everything else goes
 * through String.prototype.normalize, cached per grapheme.
 */
function isNfkcStable(c: number): boolean {
  if (c < 0xa0) return true;
  if (c < 0xc0) return c === 0xa7 || c === 0xb0 || c === 0xb1 || c === 0xb6 || c === 0xb7 || c === 0xab || c === 0xbb;
  if (c <= 0x131) return true;
  if (c < 0x17f) return c !== 0x132 && c !== 0x133 && c !== 0x13f && c !== 0x140 && c !== 0x149;
  if (c >= 0x391 && c <= 0x3c9) return c !== 0x3a2;
  if (c >= 0x400 && c <= 0x45f) return true;
  return c === 0x2013 || c === 0x2014 || (c >= 0x2018 && c <= 0x201e) || c === 0x2022 || c === 0x20ac;
}

/**
 * Where each unit of the normalised text came from, kept sparse: a list of segments in text
 * order, each either an identity run (unit k ↔ original unit `src + (k - from)`) or a cluster
 * (every unit ↔ the whole original range [src, srcEnd), e.g. "ﬁ" → "fi", an emoji's two units).
 * A long draft with one emoji or one Cyrillic letter needs a handful of segments, where arrays
 * with one entry per unit cost most of the normalisation time of a 20,000-character draft.
 */
class SourceMap {
  private readonly from: number[] = [];
  private readonly src: number[] = [];
  /** -1 for an identity segment. */
  private readonly srcEnd: number[] = [];

  /** From text unit `from` on, units map one to one onto the original from `src` on. */
  identity(from: number, src: number): void {
    const last = this.from.length - 1;
    if (last >= 0 && this.from[last] === from) {
      this.from.pop();
      this.src.pop();
      this.srcEnd.pop();
      this.identity(from, src);
      return;
    }
    // Continuing the previous identity run: nothing to record.
    if (last >= 0 && this.srcEnd[last] === -1 && this.src[last]! + (from - this.from[last]!) === src) return;
    this.from.push(from);
    this.src.push(src);
    this.srcEnd.push(-1);
  }

  /** From text unit `from` on (until the next segment), every unit stands for [src, srcEnd). */
  cluster(from: number, src: number, srcEnd: number): void {
    const last = this.from.length - 1;
    if (last >= 0 && this.from[last] === from) {
      this.from.pop();
      this.src.pop();
      this.srcEnd.pop();
    }
    this.from.push(from);
    this.src.push(src);
    this.srcEnd.push(srcEnd);
  }

  start(k: number): number {
    const seg = segmentAt(this.from, k);
    return this.srcEnd[seg] === -1 ? this.src[seg]! + (k - this.from[seg]!) : this.src[seg]!;
  }

  end(k: number): number {
    const seg = segmentAt(this.from, k);
    return this.srcEnd[seg] === -1 ? this.src[seg]! + (k - this.from[seg]!) + 1 : this.srcEnd[seg]!;
  }
}

/**
 * A normalised text that changed. The engine maps spans through sourceStart/sourceEnd; the
 * per-unit arrays of the Normalised interface are only built when someone reads them.
 */
class MappedText implements Normalised {
  private dense: { start: number[]; end: number[] } | null = null;

  constructor(
    readonly original: string,
    readonly text: string,
    readonly lower: string,
    private readonly map: SourceMap,
    /** Units dropped after the map was made (joined spaced letters): text unit k ↔ map unit k + shift. */
    private readonly dropAt: readonly number[],
    private readonly dropShift: readonly number[],
  ) {}

  get srcStart(): readonly number[] {
    return this.arrays().start;
  }
  get srcEnd(): readonly number[] {
    return this.arrays().end;
  }

  sourceStart(k: number): number {
    return this.map.start(this.beforeDrops(k));
  }
  sourceEnd(k: number): number {
    return this.map.end(this.beforeDrops(k));
  }

  private beforeDrops(k: number): number {
    if (this.dropAt.length === 0 || k < this.dropAt[0]!) return k;
    return k + this.dropShift[segmentAt(this.dropAt, k)]!;
  }

  private arrays(): { start: number[]; end: number[] } {
    if (this.dense) return this.dense;
    const start: number[] = [];
    const end: number[] = [];
    for (let k = 0; k < this.text.length; k++) {
      start.push(this.sourceStart(k));
      end.push(this.sourceEnd(k));
    }
    this.dense = { start, end };
    return this.dense;
  }
}

/**
 * True when normalisation cannot change `input`: every unit is NFKC-stable on its own (or a
 * surrogate of an emoji not glued to a letter), nothing is invisible, combining, a possible
 * homoglyph, a possible split word, or part of a run of spaced letters. Most drafts take this path and allocate no offset map at all.
 */
function isAlreadyNormal(input: string): boolean {
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      // Letters, the commonest units, skip both checks with one comparison.
      if (c < 0x40) {
        if ((c === 0x0a || c === 0x2d) && mayBeSplitWord(input, i)) return false;
        if (isLeetDigit(c) && i > 0 && isLetterUnit(input.charCodeAt(i - 1))) return false;
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // Astral default-ignorables (tags, VS17+, U+1BCA0, U+1D173) and an emoji right after a
      // letter (perhaps inside a word) need the full pass; other emoji are copied as they are.
      if (c >= 0xdb40 && c <= 0xdb43) return false;
      if (c === 0xd82f || c === 0xd834) return false;
      if (c <= 0xdbff && i > 0 && isLetterUnit(input.charCodeAt(i - 1))) return false;
      continue;
    }
    if (!isNfkcStable(c) || isInvisible(c) || isCombining(c) || (c >= 0x370 && c <= 0x52f)) return false;
  }
  return !hasSpacedLetters(input);
}

/**
 * Code units isLetterUnit accepts, as a regex class (normalise.test.ts checks every BMP unit
 * against isLetterUnit), and the units isSpacingSeparator accepts.
 */
const LETTER_UNITS =
  'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u02ff\\u0370-\\u1fff\\u3040-\\ud7ff\\uf900-\\ufdff';
const SEPARATOR_UNITS = ' ._*\\xb7\\-';
/**
 * Cheap pre-check for joinSpacedLetters on the raw string: MIN_SPACED_LETTERS single letters
 * (no letter or digit on either side), each pair separated by exactly one separator. One regex
 * scan instead of a loop of helper calls per unit: this runs on every keystroke. Not global,
 * so it carries no lastIndex between calls.
 */
export const SPACED_LETTERS = new RegExp(
  `(?<![${LETTER_UNITS}0-9])[${LETTER_UNITS}](?:[${SEPARATOR_UNITS}][${LETTER_UNITS}]){${MIN_SPACED_LETTERS - 1}}(?![${LETTER_UNITS}0-9])`,
);

function hasSpacedLetters(input: string): boolean {
  return SPACED_LETTERS.test(input);
}

export function normalise(original: string): Normalised {
  const input = typeof original === 'string' ? original : '';
  const n = input.length;
  if (isAlreadyNormal(input)) {
    return { original: input, text: input, lower: lowerSameLength(input), srcStart: null, srcEnd: null };
  }

  // Pass 1: graphemes → NFKC, invisible controls dropped. Unchanged runs are copied as
  // slices, so the cost is in the few units that change.
  const map = new SourceMap();
  map.identity(0, 0);
  let text = '';
  let copyFrom = 0;
  let length = 0;
  let mayHaveHomoglyphs = false;
  // Text index of the first digit after a letter ("p0s1t1v"), -1 when there is none.
  let leetFrom = -1;
  // The unit and code point the slow path put out last (-1: none). Kept in variables because
  // reading the end of `text`, a string built by concatenation, would flatten it every time.
  let outUnit = -1;
  let outCp = -1;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
    if (isNfkcStable(c) && !isCombining(next)) {
      // Letters, the commonest units, skip both checks with one comparison.
      if (c < 0x40) {
        if (c === 0x0a || c === 0x2d) {
          const split = isLetterUnit(i > copyFrom ? input.charCodeAt(i - 1) : outUnit) ? splitWordGap(input, i) : 0;
          if (split > 0) {
            text += input.slice(copyFrom, i);
            i += split;
            copyFrom = i;
            map.identity(length, i);
            continue;
          }
        } else if (leetFrom < 0 && isLeetDigit(c) && isLetterUnit(i > copyFrom ? input.charCodeAt(i - 1) : outUnit))
          leetFrom = length;
      } else if (c >= 0x370 && c <= 0x52f) mayHaveHomoglyphs = true;
      length++;
      i++;
      continue;
    }
    // Units copied unchanged since the slow path last ran are never surrogates: unit = code point.
    const previousUnit = i > copyFrom ? input.charCodeAt(i - 1) : outUnit;
    const previousCp = i > copyFrom ? previousUnit : outCp;
    text += input.slice(copyFrom, i);
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const cp = pair ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c;
    const width = pair ? 2 : 1;
    if (isBlankFiller(cp)) {
      const after = i + width < n ? input.charCodeAt(i + width) : -1;
      const insideWord =
        isLetterUnit(previousUnit) &&
        isLetterUnit(after) &&
        !(isLowerLetterUnit(previousUnit) && !isLowerLetterUnit(after));
      if (!insideWord) {
        map.cluster(length, i, i + width);
        text += ' ';
        length++;
        outUnit = outCp = 0x20;
      }
      i += width;
      copyFrom = i;
      map.identity(length, i);
      continue;
    }
    if (isDefaultIgnorable(cp)) {
      if (keepsIgnorable(cp, previousCp, codePointAt(input, i + width))) {
        map.cluster(length, i, i + width);
        text += input.slice(i, i + width);
        length += width;
        outUnit = input.charCodeAt(i + width - 1);
        outCp = cp;
      }
      i += width;
      copyFrom = i;
      map.identity(length, i);
      continue;
    }
    if (isLetterUnit(previousUnit) && isEmojiPart(cp)) {
      // An emoji inside a word ("Frauen🏠haus", "sec🚓tioned"): the whole sequence goes when a
      // lower-case letter follows it; before a capital or a space it is a real emoji.
      let end = i;
      while (end < n && isEmojiPart(codePointAt(input, end))) end += codePointAt(input, end) > 0xffff ? 2 : 1;
      if (end < n && isLowerLetterUnit(input.charCodeAt(end))) {
        i = end;
        copyFrom = i;
        map.identity(length, i);
        continue;
      }
    }
    // One code point (a valid surrogate pair stays together; a lone surrogate stands alone)…
    let j = i + width;
    // …plus the combining marks that follow it.
    while (j < n && isCombining(input.charCodeAt(j))) j++;
    let out: string;
    if ((pair && j === i + 2) || (j === i + 1 && c >= 0xd800 && c <= 0xdfff)) {
      // Emoji and other astral symbols are NFKC-stable; lone surrogates cannot be normalised.
      out = input.slice(i, j);
    } else {
      const normalised = nfkc(input.slice(i, j));
      out = '';
      for (let k = 0; k < normalised.length; k++) {
        const u = normalised.charCodeAt(k);
        if (isInvisible(u)) continue;
        if (u >= 0x370 && u <= 0x52f) mayHaveHomoglyphs = true;
        out += normalised[k];
      }
    }
    if (out.length > 0) {
      map.cluster(length, i, j);
      text += out;
      length += out.length;
      outUnit = out.charCodeAt(out.length - 1);
      outCp = lastCodePoint(out);
    }
    i = j;
    copyFrom = i;
    map.identity(length, i);
  }
  text += input.slice(copyFrom);

  if (mayHaveHomoglyphs) text = foldHomoglyphs(text);
  if (leetFrom >= 0) text = foldLeet(text, leetFrom);
  const joined = joinSpacedLetters(text);
  if (joined) text = joined.text;
  return new MappedText(input, text, lowerSameLength(text), map, joined?.dropAt ?? [], joined?.dropShift ?? []);
}

/**
 * Fold Cyrillic/Greek look-alikes to Latin, but only inside words that also contain a Latin
 * letter, or that consist of look-alikes only: genuine Russian or Greek words stay untouched.
 * One unit for one unit, so offsets do not move.
 */
function foldHomoglyphs(text: string): string {
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    // Only a word with a look-alike can change: find those letters, then their word.
    const glyph = text.charCodeAt(i);
    if (glyph < HOMOGLYPH_MIN || glyph > HOMOGLYPH_MAX || !HOMOGLYPHS.has(glyph)) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && isLetterUnit(text.charCodeAt(start - 1))) start--;
    let j = start;
    let hasLatin = false;
    let allGlyphs = true;
    while (j < n && isLetterUnit(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      if (isLatinLetter(c)) hasLatin = true;
      else if (!HOMOGLYPHS.has(c)) allGlyphs = false;
      j++;
    }
    if (hasLatin || allGlyphs) {
      out += text.slice(copyFrom, start);
      for (let k = start; k < j; k++) {
        const c = text.charCodeAt(k);
        out += String.fromCharCode(HOMOGLYPHS.get(c) ?? c);
      }
      copyFrom = j;
    }
    i = j;
  }
  return copyFrom === 0 ? text : out + text.slice(copyFrom);
}

/** Digits that stand for letters in "p0s1t1v", "K1ff3n", "dr0gen". */
const LEET: Readonly<Record<number, string>> = { 0x30: 'o', 0x31: 'i', 0x33: 'e', 0x34: 'a', 0x35: 's', 0x37: 't' };

function isLeetDigit(c: number): boolean {
  return c === 0x30 || c === 0x31 || c === 0x33 || c === 0x34 || c === 0x35 || c === 0x37;
}

function isLeetDigitAt(text: string, k: number): boolean {
  return k >= 0 && k < text.length && isLeetDigit(text.charCodeAt(k));
}

/**
 * "p0s1t1v" → "positiv", "K1ff3n" → "Kiffen": digits written for letters inside a word. Only in
 * words that read as words: more letters than digits, every digit one of 0 1 3 4 5 7 and with
 * a letter or another such digit on both sides, nothing upper-case after the first letter. So
 * "mp3", "covid19", "4you", "B2B", "L01X00T47" and lower-case identifiers keep their digits.
 * One unit for one unit, so offsets do not move.
 */
function foldLeet(text: string, from: number): string {
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let i = from;
  while (i < n) {
    // Only a word with a digit right after a letter can change: find such digits, then their word.
    const c = text.charCodeAt(i);
    if (!isLeetDigit(c) || i === 0 || !isLetterUnit(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let start = i - 1;
    while (start > 0 && isWordUnitAt(text, start - 1)) start--;
    let end = start;
    let letters = 0;
    let digits = 0;
    let foldable = !isLeetDigitAt(text, start);
    while (end < n && isWordUnitAt(text, end)) {
      const unit = text.charCodeAt(end);
      if (isDigitUnit(unit)) {
        digits++;
        const interior = end > start && isWordUnitAt(text, end + 1);
        if (!isLeetDigit(unit) || !interior) foldable = false;
      } else {
        letters++;
        if (end > start && lowerUnit(unit) !== unit) foldable = false;
      }
      end++;
    }
    if (foldable && letters > digits && start >= copyFrom) {
      out += text.slice(copyFrom, start);
      for (let k = start; k < end; k++) out += LEET[text.charCodeAt(k)] ?? text[k];
      copyFrom = end;
    }
    i = end;
  }
  return copyFrom === 0 ? text : out + text.slice(copyFrom);
}

function isWordUnitAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const c = text.charCodeAt(k);
  return isLetterUnit(c) || isDigitUnit(c);
}

function isSingleLetterAt(text: string, k: number): boolean {
  return (
    k >= 0 &&
    k < text.length &&
    isLetterUnit(text.charCodeAt(k)) &&
    !isWordUnitAt(text, k - 1) &&
    !isWordUnitAt(text, k + 1)
  );
}

/**
 * "D e p r e s s i o n" → "Depression": a run of at least MIN_SPACED_LETTERS single letters,
 * each separated by exactly one separator. A lower→upper change inside the run keeps its
 * separator as a word break ("T o c h t e r h a t S u c h t" → "Tochterhat Sucht").
 * Returns null when nothing was joined (the common case: no copy); otherwise the joined text
 * and, for mapping back, where units were dropped: from `dropAt[i]` on, a unit of the joined
 * text is unit k + dropShift[i] of the text before.
 */
function joinSpacedLetters(text: string): { text: string; dropAt: number[]; dropShift: number[] } | null {
  // The same runs the loop below finds, found by one regex scan: most texts have none.
  if (!SPACED_LETTERS.test(text)) return null;
  const n = text.length;
  let out = '';
  let copyFrom = 0;
  let dropped = 0;
  // End of the last joined run: a shorter run right after it, two or three spaces on, is the
  // next spaced word of the same phrase ("c a m e  o u t").
  let joinedEnd = -10;
  const dropAt: number[] = [];
  const dropShift: number[] = [];
  let i = 0;
  while (i < n) {
    if (!isSingleLetterAt(text, i)) {
      // Inside a word no unit is a single letter: skip to its end.
      if (isWordUnitAt(text, i) && isWordUnitAt(text, i + 1)) {
        i += 2;
        while (isWordUnitAt(text, i)) i++;
      } else i++;
      continue;
    }
    // Extend the run: letter (separator letter)*
    let count = 1;
    let last = i;
    while (last + 2 < n && isSpacingSeparator(text.charCodeAt(last + 1)) && isSingleLetterAt(text, last + 2)) {
      last += 2;
      count++;
    }
    const nextWord = count >= 2 && i - joinedEnd >= 3 && i - joinedEnd <= 4 && isAllSpaces(text, joinedEnd + 1, i);
    if (count >= MIN_SPACED_LETTERS || nextWord) {
      joinedEnd = last;
      for (let k = i + 1; k < last; k += 2) {
        const before = text.charCodeAt(k - 1);
        const after = text.charCodeAt(k + 1);
        const caseBreak = before === lowerUnit(before) && after !== lowerUnit(after);
        out += text.slice(copyFrom, k);
        copyFrom = k + 1;
        if (caseBreak) out += ' ';
        else {
          dropped++;
          // The next unit of the joined text (at out.length) comes from k + 1.
          dropAt.push(out.length);
          dropShift.push(dropped);
        }
      }
    }
    i = last + 1;
  }
  if (dropAt.length === 0 && copyFrom === 0) return null;
  return { text: out + text.slice(copyFrom), dropAt, dropShift };
}

function isAllSpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function fromUnits(units: readonly number[], length: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < length; k += CHUNK)
    out += String.fromCharCode.apply(null, units.slice(k, Math.min(length, k + CHUNK)));
  return out;
}

/** Lower-case each UTF-16 unit on its own, so `lower[i]` always corresponds to `text[i]`. */
export function lowerSameLength(text: string): string {
  // The built-in is fast and keeps the length for everything but a few letters (e.g. "İ").
  const fast = text.toLowerCase();
  if (fast.length === text.length) return fast;
  const units: number[] = [];
  for (let k = 0; k < text.length; k++) units.push(lowerUnit(text.charCodeAt(k)));
  return fromUnits(units, units.length);
}

/**
 * Map a [start, end) span of the normalised text to [start, end) UTF-16 offsets of the
 * original. Out-of-range input is clamped, never thrown on.
 */
export function toOriginalSpan(norm: Normalised, start: number, end: number): [number, number] {
  const len = norm.text.length;
  const s = Math.max(0, Math.min(len, Math.trunc(start) || 0));
  const e = Math.max(s, Math.min(len, Math.trunc(end) || 0));
  if (len === 0) return [0, 0];
  if (norm instanceof MappedText) {
    if (e === s) {
      const at = s < len ? norm.sourceStart(s) : norm.original.length;
      return [at, at];
    }
    return [norm.sourceStart(s), norm.sourceEnd(e - 1)];
  }
  if (!norm.srcStart || !norm.srcEnd) return [s, e];
  if (e === s) {
    const at = s < len ? norm.srcStart[s]! : norm.original.length;
    return [at, at];
  }
  return [norm.srcStart[s]!, norm.srcEnd[e - 1]!];
}

/** The segment holding unit k: the last segment starting at or before k (0 when none does). */
function segmentAt(sorted: readonly number[], k: number): number {
  return Math.max(0, lastAtOrBefore(sorted, k));
}
