/**
 * Compiles the cue families (families.ts) into one regular expression per family and finds
 * their matches. Compiled on first use, not at import: the detection bundle is evaluated when
 * a composer is first focused, and the first scan pays for the compile once.
 */
import type { Span } from '../recognizer';
import { CUE_FAMILIES, type CueFamily } from './families';

/** Up to three words in between: "bringt sich heute um", "hat ihr gestern wieder eine geknallt". */
const GAP = '(?:[ ,]+[\\p{L}\\p{N}]+){0,3}';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}])';
/** A draft may be huge; a family reports at most this many hits. */
const MAX_HITS_PER_FAMILY = 200;

interface Compiled {
  readonly family: CueFamily;
  readonly lower: RegExp;
  readonly written: RegExp | null;
}

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
  return out.replaceAll('{G}', GAP);
}

function compileList(patterns: readonly string[] | undefined): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  return new RegExp(`${BEFORE}(?:${patterns.map(source).join('|')})${AFTER}`, 'gu');
}

let compiled: readonly Compiled[] | null = null;

export function compiledFamilies(): readonly Compiled[] {
  return (compiled ??= CUE_FAMILIES.map((family) => ({
    family,
    lower: compileList(family.patterns)!,
    written: compileList(family.abbreviations),
  })));
}

/** Every cue of every family in `text` (as written) and `lower` (same length and indexing). */
export function findCues(text: string, lower: string): Span[] {
  const spans: Span[] = [];
  for (const { family, lower: re, written } of compiledFamilies()) {
    let hits = 0;
    for (const [haystack, regex] of [
      [lower, re],
      [text, written],
    ] as const) {
      if (regex === null) continue;
      for (const match of haystack.matchAll(regex)) {
        if (match[0].length === 0) continue;
        spans.push({
          category: family.category,
          kind: family.kind,
          start: match.index,
          end: match.index + match[0].length,
          score: family.score,
          reason: `cue:${family.id}`,
        });
        if (++hits >= MAX_HITS_PER_FAMILY) break;
      }
    }
  }
  return spans;
}
