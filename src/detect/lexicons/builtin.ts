/**
 * The built-in lexicon: health, special-category/criminal and social-data terms compiled into
 * one automaton, so the three lexicon recognizers share a single pass over the text.
 */
import { Lexicon } from '../lexicon/lexicon';
import { exemptions } from './exemptions';
import { healthGroups } from './health';
import { socialGroups } from './social';
import { specialGroups } from './special';

export const builtinLexicon = new Lexicon([...healthGroups, ...specialGroups, ...socialGroups], exemptions);
