/**
 * Administrator-defined patterns (policy `customPatterns`, e.g. the organisation's case-number
 * format). Compiled with re2js via compilePattern (linear time); invalid patterns are skipped
 * here; the policy validator reports them to the admin.
 */
import { compilePattern } from '../custom-pattern';
import type { Recognizer } from '../recognizer';
import type { Category } from '../types';

const CATEGORIES: ReadonlySet<Category> = new Set(['name', 'health', 'special', 'social', 'identifier', 'custom']);
export const CUSTOM_PATTERN_SCORE = 0.85;
/** Policies are untrusted input: bound the work they can cause per scan. */
const MAX_PATTERNS = 50;
const MAX_MATCHES_PER_PATTERN = 200;

export const recognizer: Recognizer = {
  id: 'custom-patterns',
  kinds: [],
  recognize(ctx) {
    const patterns = ctx.options.customPatterns;
    if (!Array.isArray(patterns) || patterns.length === 0) return [];
    const spans = [];
    for (const entry of patterns.slice(0, MAX_PATTERNS)) {
      if (!entry || typeof entry.name !== 'string' || entry.name.length === 0) continue;
      const compiled = compilePattern(entry.pattern);
      if (!compiled.ok) continue;
      const category = CATEGORIES.has(entry.category) ? entry.category : 'custom';
      for (const [start, end] of compiled.pattern.matchAll(ctx.text).slice(0, MAX_MATCHES_PER_PATTERN)) {
        spans.push({ category, kind: entry.name, start, end, score: CUSTOM_PATTERN_SCORE, reason: 'custom-pattern' });
      }
    }
    return spans;
  },
};
