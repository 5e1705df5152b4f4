/**
 * Words that contain a term but mean something else. Written folded (ä → ae, ß → ss).
 * Each line is a trap found in real chat text.
 */
import type { LexiconExemptions } from '../lexicon/types';

export const exemptions: LexiconExemptions = {
  words: [
    // "sucht" is also a verb (suchen): er sucht, versucht, aufsucht …
    'aufsucht',
    'aussucht',
    'heimsucht',
    'raussucht',
    'heraussucht',
    'zusucht',
    'suchte',
    'suchten',
    'suchtest',
    // Names that start with a religion term
    'christian',
    'christiane',
    'christine',
    'christina',
    'christin',
    // Verbs and everyday words
    'haften',
    'haftet',
  ],
  suffixes: [
    'gesucht',
    'besucht',
    'versucht',
    'untersucht',
    'ersuchte',
    'sehnsucht',
    'eifersucht',
    'selbstsucht',
    'habsucht',
  ],
  prefixes: ['eifersu', 'sehnsu', 'selbstsu', 'habsu', 'streitsu', 'rachsu', 'geltungssu', 'gefallsu'],
};
