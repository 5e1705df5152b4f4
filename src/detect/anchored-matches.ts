/**
 * Run a global regex only where a match can start. Patterns such as "a capitalised word
 * ending in -straße, a space, a digit" are tried by the regex engine at every capital letter
 * and backtrack through every word; on a 20,000-character draft that cost milliseconds. A
 * recognizer finds the few places a match can start from a cheap anchor (a space before a
 * digit) and matchAllAt returns exactly what `text.matchAll(pattern)` would, as long as every
 * match starts at one of those places.
 */

/** Sticky copies of the (module-level, never changing) patterns recognizers pass in. */
const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * The matches `text.matchAll(pattern)` yields, trying `pattern` only at `starts` (any order,
 * duplicates allowed). Like matchAll, a match starting inside the previous one is skipped.
 * `pattern` must be global; it is never mutated. Its sticky copy is made once per pattern
 * (creating a regex costs more than trying it at a few places, on every keystroke) and its
 * lastIndex is set before every exec, so nothing carries over from one call to the next.
 */
export function matchAllAt(pattern: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (starts.length === 0) return found;
  let sticky = stickyCopies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    stickyCopies.set(pattern, sticky);
  }
  const ordered = isAscending(starts) ? starts : [...starts].sort((a, b) => a - b);
  let lastEnd = 0;
  let previous = -1;
  for (const start of ordered) {
    if (start === previous || start < lastEnd) continue;
    previous = start;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push(match);
    // matchAll steps past an empty match; none of our patterns can match empty, but stay safe.
    lastEnd = start + Math.max(1, match[0].length);
  }
  return found;
}

function isAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

let lastText: string | undefined;
let lastDigitRuns: readonly number[] = [];

/**
 * Where each run of ASCII digits starts, ascending. Most identifier patterns begin with a
 * digit that no digit precedes, so these are where they can start. Several recognizers ask
 * about the same text one after the other: the last answer is kept. Do not mutate it.
 */
export function digitRunStarts(text: string): readonly number[] {
  if (text === lastText) return lastDigitRuns;
  const starts: number[] = [];
  let inRun = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const digit = (text.charCodeAt(i) - 0x30) >>> 0 <= 9; // one comparison (see digit-count.ts)
    if (digit && !inRun) starts.push(i);
    inRun = digit;
  }
  lastText = text;
  lastDigitRuns = starts;
  return starts;
}

const LETTER = /\p{L}/u;

/** Is the code point that ends right before `end` a letter? Returns its length in units, or 0. */
function letterBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(text[end - 1]!) ? 1 : 0;
}

/**
 * Start of the run of letters (\p{L}, by code point) that ends at `end`; `end` itself when
 * none precedes it. With `hyphens`, '-' counts as part of the run ("Karl-Marx-Allee").
 */
export function letterRunStart(text: string, end: number, hyphens = false): number {
  let k = end;
  for (;;) {
    if (hyphens && k > 0 && text.charCodeAt(k - 1) === 0x2d) {
      k--;
      continue;
    }
    const step = letterBefore(text, k);
    if (step === 0) return k;
    k -= step;
  }
}

/** Offsets of every `needle` in `haystack` (native search, no regex). */
export function indexesOf(haystack: string, needle: string, into: number[] = []): number[] {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) into.push(at);
  return into;
}
