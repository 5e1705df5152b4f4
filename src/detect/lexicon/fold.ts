/**
 * Folding for lexicon matching: the lower-cased normalised text becomes a string over a small
 * alphabet, so "Kindeswohlgefährdung" and "Kindeswohlgefaehrdung", "Straße" and "Strasse",
 * "Café" and "Cafe" look the same to the matcher. Umlauts expand to two letters, so the folded
 * text keeps a map back to `lower` offsets. Whitespace runs collapse to one space.
 */
import { lastAtOrBefore } from '../sorted';

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
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
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
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isOtherLetter(c: number): boolean {
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return !(c >= 0x0300 && c <= 0x036f);
  return (c >= 0x3040 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00);
}

export function isFoldedWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c !== 0x7c && c !== 0xa7);
}

/**
 * Folds `lower` in one pass. The folded text is built from slices of `lower` (most of it is
 * unchanged) and the offset map is kept sparse: only where the shift between folded and
 * `lower` offsets changes (after an umlaut, in a whitespace run). Arrays of one entry per
 * unit, rebuilt per keystroke, were most of the lexicon's cost and its garbage.
 */
export function fold(lower: string): Folded {
  const n = lower.length;
  let text = '';
  /** Start in `lower` of the identical run not yet copied to `text`. */
  let copyFrom = 0;
  /** Folded length so far, including the pending identical run. */
  let len = 0;
  let lastUnit = -1;
  /** Whether the offset map (in OffsetMap's scratch arrays) has entries. */
  let mapped = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2f)) {
      len++;
      lastUnit = c;
      continue;
    }
    if (c === 0x20 && lastUnit !== 0x20) {
      // A single space folds to itself (only a run of whitespace collapses): the common case.
      len++;
      lastUnit = c;
      continue;
    }
    const out = c < 0x80 ? (c === 0x20 || (c >= 0x09 && c <= 0x0d) ? ' ' : '|') : foldUnit(c);
    if (out === ' ' && lastUnit === 0x20) {
      // Collapse whitespace runs so "häusliche   Gewalt" matches "häusliche Gewalt": the
      // space unit already written stands for the whole run.
      text += lower.slice(copyFrom, i);
      copyFrom = i + 1;
      if (!mapped) OffsetMap.begin();
      mapped = true;
      OffsetMap.setEnd(len - 1, i + 1);
      OffsetMap.shift(len, i + 1 - len);
      continue;
    }
    if (out.length === 1 && out.charCodeAt(0) === c) {
      len++;
      lastUnit = c;
      continue;
    }
    text += lower.slice(copyFrom, i) + out;
    copyFrom = i + 1;
    if (out.length > 1) {
      // Every unit of an expansion ("ä" → "ae") maps back to the one unit it came from.
      if (!mapped) OffsetMap.begin();
      mapped = true;
      for (let k = 1; k < out.length; k++) OffsetMap.shift(len + k, i - (len + k));
      OffsetMap.shift(len + out.length, i + 1 - (len + out.length));
    }
    len += out.length;
    lastUnit = out.charCodeAt(out.length - 1);
  }
  text = copyFrom === 0 ? lower : text + lower.slice(copyFrom);
  return new FoldedText(text, mapped ? OffsetMap.finish() : null);
}

/**
 * Folded offset → `lower` offset, stored sparsely: `lowerStart(k) = k + shift`, where the
 * shift is the one of the last breakpoint at or before k; `lowerEnd(k) = lowerStart(k) + 1`
 * except for a space unit that stands for a whitespace run.
 *
 * Built in scratch arrays shared by every fold() (it runs to completion before the next) and
 * kept in arrays of the exact size: four growing arrays per draft with an umlaut were most of
 * the fold's garbage.
 */
class OffsetMap {
  private static readonly scratchAt: number[] = [];
  private static readonly scratchShifts: number[] = [];
  private static readonly scratchEndAt: number[] = [];
  private static readonly scratchEnds: number[] = [];
  private static shiftCount = 0;
  private static endCount = 0;

  private readonly at: readonly number[];
  private readonly shifts: readonly number[];
  private readonly endAt: readonly number[];
  private readonly ends: readonly number[];

  /** Start a map in the scratch arrays (discarding any unfinished one). */
  static begin(): void {
    OffsetMap.shiftCount = 0;
    OffsetMap.endCount = 0;
  }

  /** From folded offset `from` on, `lowerStart(k) = k + shift`. Calls come in offset order. */
  static shift(from: number, shift: number): void {
    const last = OffsetMap.shiftCount - 1;
    if (last >= 0 && OffsetMap.scratchAt[last] === from) OffsetMap.scratchShifts[last] = shift;
    else {
      OffsetMap.scratchAt[last + 1] = from;
      OffsetMap.scratchShifts[last + 1] = shift;
      OffsetMap.shiftCount++;
    }
  }

  /** Folded unit `k` ends at `end` in `lower`. Calls come in offset order. */
  static setEnd(k: number, end: number): void {
    const last = OffsetMap.endCount - 1;
    if (last >= 0 && OffsetMap.scratchEndAt[last] === k) OffsetMap.scratchEnds[last] = end;
    else {
      OffsetMap.scratchEndAt[last + 1] = k;
      OffsetMap.scratchEnds[last + 1] = end;
      OffsetMap.endCount++;
    }
  }

  /** The map in the scratch arrays, copied out. */
  static finish(): OffsetMap {
    return new OffsetMap(
      OffsetMap.scratchAt.slice(0, OffsetMap.shiftCount),
      OffsetMap.scratchShifts.slice(0, OffsetMap.shiftCount),
      OffsetMap.scratchEndAt.slice(0, OffsetMap.endCount),
      OffsetMap.scratchEnds.slice(0, OffsetMap.endCount),
    );
  }

  private constructor(at: number[], shifts: number[], endAt: number[], ends: number[]) {
    this.at = at;
    this.shifts = shifts;
    this.endAt = endAt;
    this.ends = ends;
  }

  start(k: number): number {
    const index = lastAtOrBefore(this.at, k);
    return k + (index < 0 ? 0 : this.shifts[index]!);
  }

  end(k: number): number {
    const index = lastAtOrBefore(this.endAt, k);
    return index >= 0 && this.endAt[index] === k ? this.ends[index]! : this.start(k) + 1;
  }
}

/** How far wordStart/wordEnd look from a unit before they fall back to the word list. */
const LOCAL_SCAN = 48;

class FoldedText implements Folded {
  /** Start and end of every word, computed on first use (only a hit inside a long word pays for it). */
  private words: { starts: number[]; ends: number[] } | null = null;

  constructor(
    readonly text: string,
    private readonly map: OffsetMap | null,
  ) {}
  lowerStart(i: number): number {
    return this.map ? this.map.start(i) : i;
  }
  lowerEnd(i: number): number {
    return this.map ? this.map.end(i) : i + 1;
  }
  wordStart(i: number): number {
    const t = this.text;
    if (i < 0 || i >= t.length || !isFoldedWordUnit(t.charCodeAt(i))) return -1;
    // Words are short: look back a few units before building the list of every word.
    const stop = Math.max(0, i - LOCAL_SCAN);
    for (let k = i; k > stop; k--) if (!isFoldedWordUnit(t.charCodeAt(k - 1))) return k;
    if (stop === 0) return 0;
    const { starts, ends } = this.wordList();
    const w = lastAtOrBefore(starts, i);
    return w >= 0 && i < ends[w]! ? starts[w]! : -1;
  }
  wordEnd(i: number): number {
    const t = this.text;
    if (i < 0 || i >= t.length || !isFoldedWordUnit(t.charCodeAt(i))) return -1;
    const stop = Math.min(t.length, i + 1 + LOCAL_SCAN);
    for (let k = i + 1; k < stop; k++) if (!isFoldedWordUnit(t.charCodeAt(k))) return k;
    if (stop === t.length) return t.length;
    const { starts, ends } = this.wordList();
    const w = lastAtOrBefore(starts, i);
    return w >= 0 && i < ends[w]! ? ends[w]! : -1;
  }
  /**
   * One linear pass, one entry per word; lookups are binary searches. Scanning the whole word
   * per hit would be quadratic in a 100k-character "word", so the local scans above stop after
   * LOCAL_SCAN units and ask this list instead; a draft of ordinary words never builds it.
   */
  private wordList(): { starts: number[]; ends: number[] } {
    if (this.words) return this.words;
    const t = this.text;
    const starts: number[] = [];
    const ends: number[] = [];
    let k = 0;
    while (k < t.length) {
      if (!isFoldedWordUnit(t.charCodeAt(k))) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < t.length && isFoldedWordUnit(t.charCodeAt(e))) e++;
      starts.push(k);
      ends.push(e);
      k = e;
    }
    this.words = { starts, ends };
    return this.words;
  }
}

/** Fold a lexicon term the same way as the text (terms are short; no offsets needed). */
export function foldTerm(term: string): string {
  return fold(term.toLowerCase()).text;
}
