/** Special-category and criminal-matter terms from the built-in lexicon (src/detect/lexicons/special.ts). */
import type { Recognizer } from '../recognizer';
import { builtinLexicon } from '../lexicons/builtin';

export const recognizer: Recognizer = {
  id: 'special-terms',
  kinds: ['special-term', 'criminal-term'],
  recognize: (ctx) => builtinLexicon.find(ctx).filter((span) => span.category === 'special'),
};
