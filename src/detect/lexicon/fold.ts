/**
 * Folding for lexicon matching: the lower-cased normalised text becomes a string over a small
 * alphabet, so "Kindeswohlgefährdung" and "Kindeswohlgefaehrdung", "Straße" and "Strasse",
 * "Café" and "Cafe" look the same to the matcher. Umlauts expand to two letters, so the folded
 * text keeps a map back to `lower` offsets. Whitespace runs collapse to one space.
 */

export interface Folded {
  /** Folded text: a-z, 0-9, ' ', '-', '§', '.', '/', other letters kept, other symbols '|'. */
  readonly text: string;
  /** For each folded unit: offset in `lower` of the unit it came from. */
  readonly toLower: Int32Array;
  /** For each folded unit: end offset (exclusive) in `lower` of the unit(s) it came from. */
  readonly toLowerEnd: Int32Array;
  /** For each folded unit inside a word: start of that word (folded offsets); -1 outside words. */
  readonly wordStart: Int32Array;
  /** For each folded unit inside a word: end (exclusive) of that word; -1 outside words. */
  readonly wordEnd: Int32Array;
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
  let cap = n + 16;
  let units = new Uint16Array(cap);
  let map = new Int32Array(cap);
  let mapEnd = new Int32Array(cap);
  let len = 0;
  const push = (u: number, from: number, to: number): void => {
    if (len === cap) {
      cap = cap * 2 + 16;
      const u2 = new Uint16Array(cap);
      u2.set(units);
      const m2 = new Int32Array(cap);
      m2.set(map);
      const e2 = new Int32Array(cap);
      e2.set(mapEnd);
      units = u2;
      map = m2;
      mapEnd = e2;
    }
    units[len] = u;
    map[len] = from;
    mapEnd[len] = to;
    len++;
  };
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    let out: string;
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2f) {
        push(c, i, i + 1);
        continue;
      }
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) out = ' ';
      else out = '|';
    } else {
      out = foldUnit(c);
    }
    if (out === ' ') {
      // Collapse whitespace runs so "häusliche   Gewalt" matches "häusliche Gewalt".
      if (len > 0 && units[len - 1] === 0x20) {
        mapEnd[len - 1] = i + 1;
        continue;
      }
    }
    for (let k = 0; k < out.length; k++) push(out.charCodeAt(k), i, i + 1);
  }
  const wordStart = new Int32Array(len).fill(-1);
  const wordEnd = new Int32Array(len).fill(-1);
  let k = 0;
  while (k < len) {
    if (!isFoldedWordUnit(units[k]!)) {
      k++;
      continue;
    }
    let e = k;
    while (e < len && isFoldedWordUnit(units[e]!)) e++;
    for (let m = k; m < e; m++) {
      wordStart[m] = k;
      wordEnd[m] = e;
    }
    k = e;
  }
  let text = '';
  for (let s = 0; s < len; s += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(s, Math.min(len, s + 8192)) as unknown as number[]);
  }
  return { text, toLower: map.subarray(0, len), toLowerEnd: mapEnd.subarray(0, len), wordStart, wordEnd };
}

/** Fold a lexicon term the same way as the text (terms are short; no offsets needed). */
export function foldTerm(term: string): string {
  return fold(term.toLowerCase()).text;
}
