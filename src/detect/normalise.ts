/**
 * Normalisation before matching, with an exact map back to the original text.
 *
 * Users (and evaders) write "D e p r e s s i o n", hide zero-width spaces inside words, paste
 * full-width letters or swap a Latin "о" for a Cyrillic one. Recognizers match on `text`
 * (and `lower`), and the engine maps every span back to UTF-16 offsets of the original so the
 * UI highlights exactly what the user typed.
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

/** Zero-width, soft-hyphen and bidi controls: invisible, so they only ever serve to split words. */
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    c === 0x061c || // Arabic letter mark
    c === 0x180e || // Mongolian vowel separator
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings/overrides
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff // BOM / zero-width no-break space
  );
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
 * surrogate, copied as is), nothing is invisible, combining, a possible homoglyph, or part of
 * a run of spaced letters. Most drafts take this path and allocate no offset map at all.
 */
function isAlreadyNormal(input: string): boolean {
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) continue;
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
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
    if (isNfkcStable(c) && !isCombining(next)) {
      if (c >= 0x370 && c <= 0x52f) mayHaveHomoglyphs = true;
      length++;
      i++;
      continue;
    }
    text += input.slice(copyFrom, i);
    if (isInvisible(c)) {
      i++;
      copyFrom = i;
      map.identity(length, i);
      continue;
    }
    // One code point (a valid surrogate pair stays together; a lone surrogate stands alone)…
    let j = i + 1;
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pair) j = i + 2;
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
    }
    i = j;
    copyFrom = i;
    map.identity(length, i);
  }
  text += input.slice(copyFrom);

  if (mayHaveHomoglyphs) text = foldHomoglyphs(text);
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
    if (count >= MIN_SPACED_LETTERS) {
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
