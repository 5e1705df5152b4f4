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
      ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'],
      ['і', 'i'], ['ј', 'j'], ['ѕ', 's'], ['ԁ', 'd'], ['һ', 'h'], ['ԛ', 'q'], ['ԝ', 'w'], ['ь', 'b'],
      // Cyrillic upper
      ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'],
      ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['Х', 'X'], ['У', 'Y'], ['І', 'I'], ['Ј', 'J'],
      ['Ѕ', 'S'], ['Ԁ', 'D'], ['Ԛ', 'Q'], ['Ԝ', 'W'],
      // Greek upper
      ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'],
      ['Μ', 'M'], ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'],
      // Greek lower
      ['ο', 'o'], ['ν', 'v'], ['ι', 'i'], ['κ', 'k'], ['ρ', 'p'], ['α', 'a'], ['υ', 'u'],
    ] as const
  ).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

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
 * Parallel output buffers. Plain arrays, not typed arrays: small typed arrays are off-heap
 * ArrayBuffers, and a few per keystroke add up to GC pauses that dominate the p95 latency.
 */
class Builder {
  readonly units: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  get length(): number {
    return this.units.length;
  }
  push(unit: number, start: number, end: number): void {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
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

/** Cheap pre-check for joinSpacedLetters: "x y z w" with single separators, on the raw string. */
function hasSpacedLetters(input: string): boolean {
  const n = input.length;
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const single = isLetterUnit(c) && !isWordAt(input, i - 1) && !isWordAt(input, i + 1);
    if (single) {
      run++;
      if (run >= MIN_SPACED_LETTERS) return true;
      if (i + 1 < n && isSpacingSeparator(input.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
    }
    run = 0;
    i++;
  }
  return false;
}

function isWordAt(input: string, k: number): boolean {
  if (k < 0 || k >= input.length) return false;
  const c = input.charCodeAt(k);
  return isLetterUnit(c) || isDigitUnit(c);
}

export function normalise(original: string): Normalised {
  const input = typeof original === 'string' ? original : '';
  const n = input.length;
  if (isAlreadyNormal(input)) {
    return { original: input, text: input, lower: lowerSameLength(input), srcStart: null, srcEnd: null };
  }

  // Pass 1: graphemes → NFKC, invisible controls dropped.
  const out = new Builder();
  let mayHaveHomoglyphs = false;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : -1;
    if (isNfkcStable(c) && !isCombining(next)) {
      if (c >= 0x370 && c <= 0x52f) mayHaveHomoglyphs = true;
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    // One code point (a valid surrogate pair stays together; a lone surrogate stands alone)…
    let j = i + 1;
    const pair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    if (pair) j = i + 2;
    // …plus the combining marks that follow it.
    while (j < n && isCombining(input.charCodeAt(j))) j++;
    if ((pair && j === i + 2) || (j === i + 1 && c >= 0xd800 && c <= 0xdfff)) {
      // Emoji and other astral symbols are NFKC-stable; lone surrogates cannot be normalised.
      for (let k = i; k < j; k++) out.push(input.charCodeAt(k), i, j);
      i = j;
      continue;
    }
    const normalised = nfkc(input.slice(i, j));
    for (let k = 0; k < normalised.length; k++) {
      const u = normalised.charCodeAt(k);
      if (isInvisible(u)) continue;
      if (u >= 0x370 && u <= 0x52f) mayHaveHomoglyphs = true;
      out.push(u, i, j);
    }
    i = j;
  }

  if (mayHaveHomoglyphs) foldHomoglyphs(out.units, out.length);
  const result = joinSpacedLetters(out) ?? out;
  const text = fromUnits(result.units, result.length);
  return { original: input, text, lower: lowerSameLength(text), srcStart: result.starts, srcEnd: result.ends };
}

/**
 * Fold Cyrillic/Greek look-alikes to Latin, but only inside words that also contain a Latin
 * letter, or that consist of look-alikes only: genuine Russian or Greek words stay untouched.
 */
function foldHomoglyphs(units: number[], n: number): boolean {
  let folded = false;
  let i = 0;
  while (i < n) {
    if (!isLetterUnit(units[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let hasLatin = false;
    let hasGlyph = false;
    let allGlyphs = true;
    while (j < n && isLetterUnit(units[j]!)) {
      const c = units[j]!;
      if (isLatinLetter(c)) hasLatin = true;
      if (HOMOGLYPHS.has(c)) hasGlyph = true;
      else if (!isLatinLetter(c)) allGlyphs = false;
      j++;
    }
    if (hasGlyph && (hasLatin || allGlyphs)) {
      for (let k = i; k < j; k++) {
        const to = HOMOGLYPHS.get(units[k]!);
        if (to !== undefined) {
          units[k] = to;
          folded = true;
        }
      }
    }
    i = j;
  }
  return folded;
}

/**
 * "D e p r e s s i o n" → "Depression": a run of at least MIN_SPACED_LETTERS single letters,
 * each separated by exactly one separator. A lower→upper change inside the run keeps its
 * separator as a word break ("T o c h t e r h a t S u c h t" → "Tochterhat Sucht").
 * Returns null when nothing was joined (the common case: no copy).
 */
function joinSpacedLetters(src: Builder): Builder | null {
  const units = src.units;
  const n = src.length;
  const isWordUnit = (k: number): boolean => k >= 0 && k < n && (isLetterUnit(units[k]!) || isDigitUnit(units[k]!));
  const isSingleLetter = (k: number): boolean =>
    k >= 0 && k < n && isLetterUnit(units[k]!) && !isWordUnit(k - 1) && !isWordUnit(k + 1);

  let drop: Uint8Array | null = null;
  let i = 0;
  while (i < n) {
    if (!isSingleLetter(i)) {
      i++;
      continue;
    }
    // Extend the run: letter (separator letter)*
    let count = 1;
    let last = i;
    while (last + 2 < n && isSpacingSeparator(units[last + 1]!) && isSingleLetter(last + 2)) {
      last += 2;
      count++;
    }
    if (count >= MIN_SPACED_LETTERS) {
      drop ??= new Uint8Array(n);
      for (let k = i + 1; k < last; k += 2) {
        const before = units[k - 1]!;
        const after = units[k + 1]!;
        const caseBreak = before === lowerUnit(before) && after !== lowerUnit(after);
        if (caseBreak) units[k] = 0x20;
        else drop[k] = 1;
      }
    }
    i = last + 1;
  }
  if (!drop) return null;
  const out = new Builder();
  for (let k = 0; k < n; k++) {
    if (!drop[k]) out.push(units[k]!, src.starts[k]!, src.ends[k]!);
  }
  return out;
}

function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function fromUnits(units: readonly number[], length: number): string {
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < length; k += CHUNK) out += String.fromCharCode.apply(null, units.slice(k, Math.min(length, k + CHUNK)));
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
  if (!norm.srcStart || !norm.srcEnd) return [s, e];
  if (e === s) {
    const at = s < len ? norm.srcStart[s]! : norm.original.length;
    return [at, at];
  }
  return [norm.srcStart[s]!, norm.srcEnd[e - 1]!];
}
