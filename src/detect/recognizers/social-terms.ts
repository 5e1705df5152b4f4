/** Social terms from the built-in lexicon (src/detect/lexicons/social.ts). */
import type { Recognizer } from '../recognizer';
import { builtinLexicon } from '../lexicons/builtin';

export const recognizer: Recognizer = {
  id: 'social-terms',
  kinds: ['social-term'],
  recognize: (ctx) => builtinLexicon.find(ctx).filter((span) => span.category === 'social'),
};
