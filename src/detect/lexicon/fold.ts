/**
 * Folding for lexicon matching: the lower-cased normalised text becomes a string over a small
 * alphabet, so "Kindeswohlgefährdung" and "Kindeswohlgefaehrdung", "Straße" and "Strasse",
 * "Café" and "Cafe" look the same to the matcher. Umlauts expand to two letters, so the folded
 * text keeps a map back to `lower` offsets. Whitespace runs collapse to one space.
 */

export interface Folded {
  /** Folded text: a-z, 0-9, ' ', '-', '§', '.', '/', other letters kept, other symbols '|'. */
  readonly text: string;
  /** Offset in `lower` of the unit folded unit `i` came from. */
  lowerStart(i: number): number;
  /** End offset (exclusive) in `lower` of the unit(s) folded unit `i` came from. */
  lowerEnd(i: number): number;
  /** Start of the word containing folded offset `i`, or -1 when `i` is not inside a word. */
  wordStart(i: number): number;
  /** End (exclusive) of the word containing folded offset `i`, or -1 outside words. */
  wordEnd(i: number): number;
}

const EXPANSIONS: Readonly<Record<string, string>> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i',
};

const foldCache = new Map<number, string>();

/** Fold one lower-case non-ASCII unit: umlauts expand, other accents are stripped. */
function foldUnit(c: number): string {
  const hit = foldCache.get(c);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(c);
  let out = EXPANSIONS[ch];
  if (out === undefined) {
    if (c >= 0xc0 && c <= 0x24f) {
      const base = ch.normalize('NFD').charCodeAt(0);
      out = base < 0x80 ? String.fromCharCode(base) : ch;
    } else if (isWhitespace(c)) out = ' ';
    else if (c === 0x2010 || c === 0x2011) out = '-';
    else if (c === 0xa7) out = '§';
    else if (isOtherLetter(c)) out = ch;
    else out = '|';
  }
  foldCache.set(c, out);
  return out;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isOtherLetter(c: number): boolean {
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return !(c >= 0x0300 && c <= 0x036f);
  return (c >= 0x3040 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00);
}

export function isFoldedWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c !== 0x7c && c !== 0xa7);
}

export function fold(lower: string): Folded {
  const n = lower.length;
  // Plain arrays, not typed arrays: small typed arrays are off-heap ArrayBuffers, and a few
  // per keystroke add up to GC pauses that dominate the p95 latency.
  let units: number[] | null = null;
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2f)) {
      if (units) {
        units.push(c);
        starts!.push(i);
        ends!.push(i + 1);
      }
      len++;
      continue;
    }
    const out = c < 0x80 ? (c === 0x20 || (c >= 0x09 && c <= 0x0d) ? ' ' : '|') : foldUnit(c);
    const collapse = out === ' ' && len > 0 && (units ? units[len - 1] === 0x20 : isSpaceBefore(lower, i));
    if (!units && (collapse || out.length !== 1 || out.charCodeAt(0) !== c)) {
      // First difference from `lower`: copy the identical prefix, then build explicitly.
      units = [];
      starts = [];
      ends = [];
      for (let k = 0; k < len; k++) {
        units.push(lower.charCodeAt(k));
        starts.push(k);
        ends.push(k + 1);
      }
    }
    if (!units) {
      len++;
      continue;
    }
    // Collapse whitespace runs so "häusliche   Gewalt" matches "häusliche Gewalt".
    if (collapse) {
      ends![len - 1] = i + 1;
      continue;
    }
    for (let k = 0; k < out.length; k++) {
      units.push(out.charCodeAt(k));
      starts!.push(i);
      ends!.push(i + 1);
      len++;
    }
  }
  if (!units) return new FoldedText(lower, null, null);
  let text = '';
  for (let s = 0; s < len; s += 8192) {
    text += String.fromCharCode.apply(null, units.slice(s, Math.min(len, s + 8192)));
  }
  return new FoldedText(text, starts, ends);
}

/** In the identical-prefix phase `lower` and the folded text agree, so look at `lower`. */
function isSpaceBefore(lower: string, i: number): boolean {
  const p = lower.charCodeAt(i - 1);
  return p === 0x20 || (p >= 0x09 && p <= 0x0d);
}

class FoldedText implements Folded {
  /** Word bounds per unit, computed on first use (only drafts with a hit pay for it). */
  private bounds: { start: number[]; end: number[] } | null = null;

  constructor(
    readonly text: string,
    private readonly starts: readonly number[] | null,
    private readonly ends: readonly number[] | null,
  ) {}
  lowerStart(i: number): number {
    return this.starts ? this.starts[i]! : i;
  }
  lowerEnd(i: number): number {
    return this.ends ? this.ends[i]! : i + 1;
  }
  wordStart(i: number): number {
    if (i < 0 || i >= this.text.length) return -1;
    return this.wordBounds().start[i]!;
  }
  wordEnd(i: number): number {
    if (i < 0 || i >= this.text.length) return -1;
    return this.wordBounds().end[i]!;
  }
  /** One linear pass; scanning per hit would be quadratic in a 100k-character "word". */
  private wordBounds(): { start: number[]; end: number[] } {
    if (this.bounds) return this.bounds;
    const t = this.text;
    const start: number[] = [];
    const end: number[] = [];
    let k = 0;
    while (k < t.length) {
      if (!isFoldedWordUnit(t.charCodeAt(k))) {
        start.push(-1);
        end.push(-1);
        k++;
        continue;
      }
      let e = k;
      while (e < t.length && isFoldedWordUnit(t.charCodeAt(e))) e++;
      for (let m = k; m < e; m++) {
        start.push(k);
        end.push(e);
      }
      k = e;
    }
    this.bounds = { start, end };
    return this.bounds;
  }
}

/** Fold a lexicon term the same way as the text (terms are short; no offsets needed). */
export function foldTerm(term: string): string {
  return fold(term.toLowerCase()).text;
}
