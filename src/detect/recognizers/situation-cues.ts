/**
 * Sensitive situations said the way drafts say them: the cue families of
 * src/detect/cues/families.ts (verbs in every form, slang, dialect, abbreviations, English).
 * Emits the lexicon kinds (health-term, special-term, criminal-term, social-term) with the
 * reason `cue:<family>`, so the warning names the same categories as the lexicon would.
 */
import { findCues } from '../cues/compile';
import type { Recognizer, ScanContext, Span } from '../recognizer';

export const recognizer: Recognizer = {
  id: 'situation-cues',
  kinds: ['health-term', 'special-term', 'criminal-term', 'social-term'],
  recognize(ctx: ScanContext): Span[] {
    if (typeof ctx?.text !== 'string' || ctx.text.length === 0) return [];
    return findCues(ctx.text, ctx.lower);
  },
};
