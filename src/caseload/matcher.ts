/**
 * The content script's side of the caseload: given the key and the tags, tells whether a word
 * or two-word sequence of the draft is one of the worker's clients — by folding it, hashing it
 * with the key (pure-TS HMAC, synchronous like the scan) and looking the tag up. Nothing here
 * knows a name. Results are cached per word, so a keystroke hashes only the words it changed:
 * the cost does not grow with the caseload (one Set lookup) and barely with the draft.
 * Pure.
 */
import type { ClientMatcher } from '../detect/types';
import { foldName } from './fold';
import { createTagger } from './sha256';
import type { Caseload } from './stored';
import { TAG_BYTES } from './tags';

/** Words remembered between scans; a draft of 100,000 characters has about 15,000 words. */
const CACHE_MAX = 40_000;

export interface CaseloadMatcher extends ClientMatcher {
  /** Number of names stored (for the status, never which). */
  readonly size: number;
}

export function createClientMatcher(caseload: Caseload): CaseloadMatcher {
  const tagOf = createTagger(caseload.key, TAG_BYTES);
  const tags = new Set(caseload.tags);
  const cache = new Map<string, boolean>();
  return {
    size: caseload.names.length,
    has(words: string): boolean {
      let hit = cache.get(words);
      if (hit === undefined) {
        const folded = foldName(words);
        hit = folded.length >= 2 && tags.has(tagOf(folded));
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(words, hit);
      }
      return hit;
    },
  };
}
