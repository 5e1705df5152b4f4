/**
 * Compiles the cue families (families.ts) and finds their matches. Compiled on first use, not
 * at import: the detection bundle is evaluated when a composer is first focused.
 *
 * Speed: a regular expression with a look-behind tried at every position of the draft costs
 * milliseconds per family. Instead every pattern is filed under the characters it can start
 * with, and only word starts are tried, with a sticky expression of the few patterns of one
 * family that can start there: a few hundred cheap attempts on a 500-character draft.
 */
import type { Span } from '../recognizer';
import { CUE_FAMILIES } from './families';

/** Up to three words in between: "bringt sich heute um", "hat ihr gestern wieder eine geknallt". */
/**
 * Letters as a plain class instead of \p{L} with the u flag: V8 then matches the (mostly
 * Latin-1) draft with its fast one-byte code, several times faster. Latin, Latin-1 and
 * Latin Extended, Greek and Cyrillic cover the letters the families are written in.
 */
const LETTER = 'a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const GAP = `(?:[ ,]+[${LETTER}0-9]+){0,3}`;
const AFTER = `(?![${LETTER}])`;
/** A draft may be huge; a family reports at most this many hits. */
const MAX_HITS_PER_FAMILY = 200;
const DIGITS = '0123456789';
const LETTERS_LOWER = 'abcdefghijklmnopqrstuvwxyzäöüß';

/** Spaces in a pattern match any run of white space (drafts break lines inside phrases). */
function source(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s+' : c;
  }
  return out
    .replaceAll('[\\p{L}\\p{N}]', `[${LETTER}0-9]`)
    .replaceAll('\\p{L}', `[${LETTER}]`)
    .replaceAll('\\p{N}', '[0-9]')
    .replaceAll('{G}', GAP);
}

/** The index after the group opening at `open` ("(" … ")"). */
function groupEnd(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return p.length;
}

/** Split a group body at its top-level "|". */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/**
 * The characters a pattern can start with, or null when that is not simple to tell (such a
 * pattern is tried at every word start). Handles literals, (?:a|b) groups, \d and [classes].
 */
export function firstChars(p: string): Set<string> | null {
  if (p.length === 0) return null;
  const c = p[0]!;
  if (p.startsWith('(?:')) {
    const end = groupEnd(p, 0);
    const optional = /^[?*]/.test(p.slice(end)) || p.slice(end).startsWith('{0');
    const out = new Set<string>();
    for (const alt of alternatives(p.slice(3, end - 1))) {
      const first = firstChars(alt);
      if (first === null) return null;
      for (const ch of first) out.add(ch);
    }
    if (optional) {
      const rest = firstChars(p.slice(end).replace(/^(?:[?*]|\{[^}]*\})\??/, ''));
      if (rest === null) return null;
      for (const ch of rest) out.add(ch);
    }
    return out;
  }
  if (c === '(' || c === '^' || c === '.' || c === '|') return null;
  const quantified = (after: string) => /^[?*]/.test(after) || after.startsWith('{0');
  if (c === '\\') {
    const e = p[1];
    let chars: string | null = null;
    if (e === 'd') chars = DIGITS;
    else if (e === '\\' || e === '.' || e === '-') chars = e;
    if (chars === null || quantified(p.slice(2))) return null;
    return new Set(chars);
  }
  if (c === '[') {
    const end = p.indexOf(']');
    const body = p.slice(1, end);
    if (body.startsWith('^') || body.includes('\\')) return null;
    if (quantified(p.slice(end + 1))) return null;
    const out = new Set<string>();
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let k = body.charCodeAt(i); k <= body.charCodeAt(i + 2); k++) out.add(String.fromCharCode(k));
        i += 2;
      } else out.add(body[i]!);
    }
    return out;
  }
  if (quantified(p.slice(1))) return null;
  return new Set([c]);
}

/**
 * First character → one sticky expression of every family's patterns that can start with it,
 * each family present there in its own capture group (`families[k]` is group k + 1): one
 * attempt per word start.
 */
interface Filed {
  readonly regex: RegExp;
  readonly families: readonly number[];
}

interface Dispatch {
  readonly lower: ReadonlyMap<string, Filed>;
  readonly written: ReadonlyMap<string, Filed>;
}

function byFirstChar(lists: ReadonlyArray<readonly string[] | undefined>, anyChars: string): Map<string, Filed> {
  // char → family index → sources
  const filed = new Map<string, Map<number, string[]>>();
  lists.forEach((patterns, f) => {
    for (const pattern of patterns ?? []) {
      for (const ch of firstChars(pattern) ?? anyChars) {
        let perFamily = filed.get(ch);
        if (!perFamily) filed.set(ch, (perFamily = new Map()));
        let sources = perFamily.get(f);
        if (!sources) perFamily.set(f, (sources = []));
        sources.push(source(pattern));
      }
    }
  });
  const out = new Map<string, Filed>();
  for (const [ch, perFamily] of filed) {
    const families = [...perFamily.keys()].sort((x, y) => x - y);
    const groups = families.map((f) => `((?:${perFamily.get(f)!.join('|')})${AFTER})`);
    out.set(ch, { regex: new RegExp(groups.join('|'), 'y'), families });
  }
  return out;
}

let compiled: Dispatch | null = null;

export function compiledFamilies(): Dispatch {
  return (compiled ??= {
    lower: byFirstChar(
      CUE_FAMILIES.map((family) => family.patterns),
      LETTERS_LOWER + DIGITS,
    ),
    written: byFirstChar(
      CUE_FAMILIES.map((family) => family.abbreviations),
      LETTERS_LOWER + LETTERS_LOWER.toUpperCase() + DIGITS + 'ÄÖÜ',
    ),
  });
}

/** A letter or digit (any script). Fast paths for ASCII and Latin-1/Latin Extended. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** Every cue of every family in `text` (as written) and `lower` (same length and indexing). */
export function findCues(text: string, lower: string): Span[] {
  const spans: Span[] = [];
  const { lower: byLower, written } = compiledFamilies();
  const hits = new Array<number>(CUE_FAMILIES.length).fill(0);
  /** Per family: where its last hit ended (hits of one family do not overlap). */
  const busy = new Array<number>(CUE_FAMILIES.length).fill(0);
  let previousWord = false;
  for (let i = 0; i < lower.length; i++) {
    const word = isWordChar(lower.charCodeAt(i));
    const start = word && !previousWord;
    previousWord = word;
    if (!start) continue;
    attempt(byLower.get(lower[i]!), lower, i, spans, hits, busy);
    attempt(written.get(text[i]!), text, i, spans, hits, busy);
  }
  return spans;
}

function attempt(
  filed: Filed | undefined,
  haystack: string,
  i: number,
  spans: Span[],
  hits: number[],
  busy: number[],
): void {
  if (filed === undefined) return;
  filed.regex.lastIndex = i;
  const match = filed.regex.exec(haystack);
  if (match === null || match[0].length === 0) return;
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  const f = filed.families[group - 1];
  if (f === undefined || i < busy[f]! || hits[f]! >= MAX_HITS_PER_FAMILY) return;
  const family = CUE_FAMILIES[f]!;
  const end = i + match[0].length;
  busy[f] = end;
  hits[f]!++;
  spans.push({
    category: family.category,
    kind: family.kind,
    start: i,
    end,
    score: family.score,
    reason: `cue:${family.id}`,
  });
}
