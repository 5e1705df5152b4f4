/**
 * Administrator-defined patterns (policy `customPatterns`, e.g. the organisation's case-number
 * format). Compiled with re2js via compilePattern (linear time); invalid patterns are skipped
 * here; the policy validator reports them to the admin. All patterns of one scan share one time
 * budget (custom-pattern.ts): running out throws, and the engine reports the check as failed.
 */
import { compilePattern, MAX_MATCHES_PER_PATTERN, patternBudget } from '../custom-pattern';
import type { Recognizer } from '../recognizer';
import type { Category } from '../types';

const CATEGORIES: ReadonlySet<Category> = new Set(['name', 'health', 'special', 'social', 'identifier', 'custom']);
export const CUSTOM_PATTERN_SCORE = 0.85;
/** Policies are untrusted input: bound the work they can cause per scan. */
const MAX_PATTERNS = 50;

export const recognizer: Recognizer = {
  id: 'custom-patterns',
  kinds: [],
  recognize(ctx) {
    const patterns = ctx.options.customPatterns;
    if (!Array.isArray(patterns) || patterns.length === 0) return [];
    // Compiling happens once per pattern (cached, and bounded by the validator's size limit):
    // it is not part of the per-scan budget, or the first scan after a policy change would fail.
    const compiled = [];
    for (const entry of patterns.slice(0, MAX_PATTERNS)) {
      if (!entry || typeof entry.name !== 'string' || entry.name.length === 0) continue;
      const result = compilePattern(entry.pattern);
      if (result.ok) compiled.push({ entry, pattern: result.pattern });
    }
    const spans = [];
    const budget = patternBudget();
    for (const { entry, pattern } of compiled) {
      budget.check();
      const category = CATEGORIES.has(entry.category) ? entry.category : 'custom';
      const matches = pattern.matchAll(ctx.text, { limit: MAX_MATCHES_PER_PATTERN, checkTime: budget.check });
      for (const [start, end] of matches) {
        spans.push({ category, kind: entry.name, start, end, score: CUSTOM_PATTERN_SCORE, reason: 'custom-pattern' });
      }
    }
    return spans;
  },
};
