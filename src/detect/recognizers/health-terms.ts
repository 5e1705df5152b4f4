/** Health terms from the built-in lexicon (src/detect/lexicons/health.ts). */
import type { Recognizer } from '../recognizer';
import { builtinLexicon } from '../lexicons/builtin';

export const recognizer: Recognizer = {
  id: 'health-terms',
  kinds: ['health-term'],
  recognize: (ctx) => builtinLexicon.find(ctx).filter((span) => span.category === 'health'),
};
