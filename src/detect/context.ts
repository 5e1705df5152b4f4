/**
 * Context words near a span raise a recognizer's score (Presidio's "context enhancement").
 * Only a bounded window around the span is searched, so the cost per span is constant.
 */

export interface ContextWindow {
  /** Characters to look at before the span's start. Default 40. */
  before?: number;
  /** Characters to look at after the span's end. Default 0. */
  after?: number;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * The first of `words` (lower-case) that occurs as a whole word within the window around
 * [start, end) of `lower`, or undefined. A word counts as whole when the characters next to it
 * are not letters or digits; a word ending in a non-letter ("geb.", "nr.") needs no boundary on
 * that side, and a word ending in '*' matches as a prefix ("versicherungsnummer*").
 */
export function findContext(
  lower: string,
  start: number,
  end: number,
  words: readonly string[],
  window: ContextWindow = {},
): string | undefined {
  if (typeof lower !== 'string') return undefined;
  const before = window.before ?? 40;
  const after = window.after ?? 0;
  const segments: Array<[number, number]> = [];
  if (before > 0) segments.push([Math.max(0, start - before), Math.max(0, start)]);
  if (after > 0) segments.push([Math.min(lower.length, end), Math.min(lower.length, end + after)]);
  for (const [from, to] of segments) {
    const slice = lower.slice(from, to);
    for (const entry of words) {
      const prefix = entry.endsWith('*');
      const word = prefix ? entry.slice(0, -1) : entry;
      if (word.length === 0) continue;
      let at = slice.indexOf(word);
      while (at !== -1) {
        const left = from + at - 1 >= 0 ? lower[from + at - 1] : undefined;
        const right = lower[from + at + word.length];
        const leftOk = !isWordChar(word[0]) || !isWordChar(left);
        const rightOk = prefix || !isWordChar(word[word.length - 1]) || !isWordChar(right);
        if (leftOk && rightOk) return word;
        at = slice.indexOf(word, at + 1);
      }
    }
  }
  return undefined;
}

/** Adds context to a span's score and reason: `boost` added, capped at 1. */
export function withContext(
  score: number,
  reason: string | undefined,
  word: string | undefined,
  boost: number,
): { score: number; reason: string | undefined } {
  if (word === undefined) return { score, reason };
  const tag = `context:${word}`;
  return { score: Math.min(1, score + boost), reason: reason ? `${reason}+${tag}` : tag };
}
