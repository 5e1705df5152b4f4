import type { Category } from '../types';

/**
 * A list of terms that share a kind, category and base score. Term syntax: see matcher.ts.
 * Base scores are tiers the scoring reads: ≥ 0.6 a sensitive term (a condition, a measure,
 * a status), 0.5 an institution or service (Jugendamt, Suchtberatung), 0.3 a topic mention
 * (Welt-Aids-Tag). Context rules may lower a hit's score, never raise it.
 */
export interface LexiconGroup {
  readonly kind: string;
  readonly category: Category;
  readonly score: number;
  /** An institution: "Frau Becker vom Jugendamt" is a colleague, not a client. */
  readonly institution?: boolean;
  readonly terms: readonly string[];
}

/** Whole words, word endings and word beginnings in which no term counts (folded spelling). */
export interface LexiconExemptions {
  readonly words: readonly string[];
  readonly suffixes: readonly string[];
  readonly prefixes: readonly string[];
}
