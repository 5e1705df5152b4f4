/**
 * Administrator- and user-supplied regular expressions are untrusted input. They are compiled
 * with re2js (RE2 semantics: no backreferences or lookaround), so a pattern built to backtrack
 * cannot freeze the browser. Shared by the policy validator (to report errors) and the
 * custom-pattern recognizer (to match).
 *
 * RE2 is linear in the TEXT, not in the PATTERN: the work per character grows with the size of
 * the compiled program, and a counted repetition is compiled by copying. `[\s\S]{0,1000}`
 * compiles to about 2,000 instructions; 33 of them fit in 500 characters and took 7.7 s on a
 * 2,000-character draft, after every pause and on Enter. Two bounds therefore apply:
 * - at validation, the compiled program may have at most MAX_PROGRAM_SIZE instructions;
 * - at scan time, all custom patterns together get CUSTOM_PATTERN_BUDGET_MS, checked between
 *   patterns and between windows of the text; a scan that runs out throws
 *   CustomPatternTimeout, which the engine reports as a failed check (the guard then asks
 *   for an acknowledgement), never as "nothing found".
 */
import { RE2JS } from 're2js';

/** Longest pattern source accepted; longer ones are reported as invalid. */
export const MAX_PATTERN_LENGTH = 500;

/**
 * Largest compiled program accepted (re2js `programSize()`, instructions). Measured with re2js
 * 2.10 on Node 20 on the worst texts (no match, every position a live thread): 25–50 ns per
 * instruction and character on an idle machine, three times that on a loaded one. 200
 * instructions therefore cost 10–20 ms on a 2,000-character draft, the longest messages
 * people write; the review's `[\s\S]{0,1000}` is 2,000 instructions (100 ms), 33 of them 66,000.
 * Real patterns are far below the limit: an Aktenzeichen like
 * `\b\d{1,3}\s?[A-Z]{1,4}\s?\d{1,6}/\d{2,4}\b` is 38, `DE\d{2}(?:\s?\d{4}){4}\s?\d{2}` 34, an
 * alternation of 25 surnames 182 (names belong in customTerms); `[\s\S]{1,99}Q` is 200.
 */
export const MAX_PROGRAM_SIZE = 200;

/** Time all custom patterns of one scan may take together. */
export const CUSTOM_PATTERN_BUDGET_MS = 50;

/**
 * The text is searched in windows so the budget is checked between bounded steps (one find
 * over 100,000 characters without a match would be a single unbounded step). A match must
 * start in the first WINDOW - MAX_MATCH_LENGTH characters of a window to count there; later
 * ones are left to the next window, which starts MAX_MATCH_LENGTH before this one ended. A
 * match that reaches a window's end is searched again in a window twice as long (the budget
 * is checked in between). The matches are RE2's on the whole text, except that an alternative
 * listed earlier loses to a later one when it would only match more than MAX_MATCH_LENGTH
 * characters further on.
 */
export const MAX_MATCH_LENGTH = 512;
const WINDOW = 4096;
/** Characters before a window's start kept as context, so `\b` sees the character before. */
const CONTEXT = 2;
/** Matches per pattern at most (as before: a policy cannot make a scan return millions). */
export const MAX_MATCHES_PER_PATTERN = 200;

export type CompileFailure = 'empty' | 'too-long' | 'syntax' | 'matches-empty' | 'too-complex';

export interface CompiledPattern {
  /** Instructions of the compiled program (the cost per character). */
  readonly size: number;
  /**
   * Every non-empty match as [start, end) UTF-16 offsets into `text`, at most `limit`.
   * `checkTime` runs between windows and may throw to stop the search.
   */
  matchAll(text: string, options?: { limit?: number; checkTime?: () => void }): Array<[number, number]>;
}

export type CompileResult =
  { ok: true; pattern: CompiledPattern } | { ok: false; error: string; reason: CompileFailure };

const cache = new Map<string, CompileResult>();

export function compilePattern(source: string): CompileResult {
  const cached = cache.get(source);
  if (cached) return cached;
  const result = compileUncached(source);
  if (cache.size > 200) cache.clear();
  cache.set(source, result);
  return result;
}

function compileUncached(source: string): CompileResult {
  if (typeof source !== 'string' || source.length === 0) return { ok: false, error: 'empty pattern', reason: 'empty' };
  if (source.length > MAX_PATTERN_LENGTH)
    return { ok: false, error: `pattern longer than ${MAX_PATTERN_LENGTH} characters`, reason: 'too-long' };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), reason: 'syntax' };
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE)
    return {
      ok: false,
      error: `pattern too complex: ${size} instructions, at most ${MAX_PROGRAM_SIZE}`,
      reason: 'too-complex',
    };
  if (re.matches('')) return { ok: false, error: 'pattern matches the empty string', reason: 'matches-empty' };
  return { ok: true, pattern: { size, matchAll: (text, options = {}) => matchWindows(re, text, options) } };
}

function matchWindows(
  re: RE2JS,
  text: string,
  { limit = Infinity, checkTime }: { limit?: number; checkTime?: () => void },
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const length = text.length;
  let position = 0;
  let size = WINDOW;
  while (position < length && spans.length < limit) {
    checkTime?.();
    const windowStart = Math.max(0, position - CONTEXT);
    const windowEnd = Math.min(length, position + size);
    const last = windowEnd === length;
    // Matches starting here or later belong to the next window (unless this is the last one).
    const decideBefore = last ? length : windowEnd - MAX_MATCH_LENGTH;
    const matcher = re.matcher(windowStart === 0 && last ? text : text.slice(windowStart, windowEnd));
    let lastEnd = position;
    let undecided = false;
    // find(from) evaluates `^` and `\b` at `from` against the characters before it.
    let found = matcher.find(position - windowStart);
    while (found) {
      const start = matcher.start() + windowStart;
      const end = matcher.end() + windowStart;
      if (start >= decideBefore) break;
      // Reaching the window's end, the match might go on, or exist only because `$` or `\b`
      // took the cut for the end of the text: a window twice as long decides.
      if (!last && end >= windowEnd) {
        position = start;
        undecided = true;
        break;
      }
      if (end > start) {
        spans.push([start, end]);
        if (spans.length >= limit) break;
      }
      lastEnd = Math.max(lastEnd, end);
      found = matcher.find();
    }
    if (undecided) {
      size *= 2;
      continue;
    }
    if (last) break;
    position = Math.max(lastEnd, decideBefore);
    size = WINDOW;
  }
  return spans;
}

/** Thrown when the custom patterns of one scan ran out of time; the engine reports it. */
export class CustomPatternTimeout extends Error {
  constructor() {
    super('custom patterns exceeded their time budget');
    this.name = 'CustomPatternTimeout';
  }
}

export interface PatternBudget {
  /** Throws CustomPatternTimeout once the budget is spent. */
  check(): void;
}

/** A budget of `ms` from now; `now` is passed in for tests (default: performance.now). */
export function patternBudget(ms = CUSTOM_PATTERN_BUDGET_MS, now: () => number = defaultNow): PatternBudget {
  const deadline = now() + ms;
  return {
    check() {
      if (now() > deadline) throw new CustomPatternTimeout();
    },
  };
}

function defaultNow(): number {
  return globalThis.performance?.now() ?? Date.now();
}
