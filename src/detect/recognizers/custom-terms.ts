/**
 * The organisation's own terms (policy `customTerms` → ScanOptions.extraTerms), matched like
 * lexicon terms (same folding, inflections and term syntax), each with its own category.
 * The compiled lexicon is cached per terms array, so a stable policy compiles once.
 */
import type { Recognizer } from '../recognizer';
import { Lexicon } from '../lexicon/lexicon';
import type { LexiconGroup } from '../lexicon/types';
import type { Category, TermEntry } from '../types';

const CATEGORIES: ReadonlySet<Category> = new Set(['name', 'health', 'special', 'social', 'identifier', 'custom']);
/** Policies are untrusted input: bound the work a huge term list can cause. */
const MAX_TERMS = 2000;
export const CUSTOM_TERM_SCORE = 0.8;

const byArray = new WeakMap<readonly TermEntry[], Lexicon>();

function lexiconFor(terms: readonly TermEntry[]): Lexicon {
  let lexicon = byArray.get(terms);
  if (lexicon) return lexicon;
  const groups = new Map<Category, string[]>();
  for (const entry of terms.slice(0, MAX_TERMS)) {
    if (!entry || typeof entry.term !== 'string' || entry.term.trim().length < 2) continue;
    const category = CATEGORIES.has(entry.category) ? entry.category : 'custom';
    let list = groups.get(category);
    if (!list) groups.set(category, (list = []));
    list.push(entry.term);
  }
  const lexiconGroups: LexiconGroup[] = [...groups].map(([category, list]) => ({
    kind: 'custom-term',
    category,
    score: CUSTOM_TERM_SCORE,
    terms: list,
  }));
  lexicon = new Lexicon(lexiconGroups);
  byArray.set(terms, lexicon);
  return lexicon;
}

export const recognizer: Recognizer = {
  id: 'custom-terms',
  kinds: ['custom-term'],
  recognize(ctx) {
    const terms = ctx.options.extraTerms;
    if (!Array.isArray(terms) || terms.length === 0) return [];
    return lexiconFor(terms).find(ctx);
  },
};
