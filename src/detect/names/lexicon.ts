/**
 * The name lexicon, built once on first use: the committed string assets are split into Maps
 * keyed by the lower-cased name, so a lookup on the keystroke path is one Map.get.
 */
import {
  FIRST_NAMES_COMMON,
  FIRST_NAMES_ENGLISH_WORDS,
  FIRST_NAMES_FREQUENT,
  FIRST_NAMES_GERMAN_WORDS,
  FIRST_NAMES_KNOWN,
} from '../data/first-names';
import { SURNAMES, SURNAMES_ORDINARY } from '../data/surnames';
import { frontDecode } from './front-coding';
import { ORDINARY_WORD_NAMES } from './stoplist';

/** 0 = not a first name; 1 = known (rare); 2 = frequent; 3 = common in Berlin births. */
export type FirstNameRank = 0 | 1 | 2 | 3;

export interface NameLexicon {
  /** Rank of a first name, case-insensitive; hyphenated names ("Hans-Peter") rank by their weakest part. */
  firstNameRank(word: string): FirstNameRank;
  /** True for names that are also ordinary words or places ("Rose", "August", "Kiel"): need context. */
  isOrdinaryWord(word: string): boolean;
  /** True for names that are English words ("Will", "Grace"): never accepted in lower case. */
  isEnglishWord(word: string): boolean;
  isSurname(word: string): boolean;
  /** A surname that is no ordinary word ("Schröder", not "Bauer"): may stand alone. */
  isStandaloneSurname(word: string): boolean;
  /** The same five questions for a key that is already lower-cased: no second toLowerCase per word. */
  rankOfLower(key: string): FirstNameRank;
  isOrdinaryLower(key: string): boolean;
  isEnglishLower(key: string): boolean;
  isSurnameLower(key: string): boolean;
  isStandaloneLower(key: string): boolean;
}

let lexicon: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function keys(list: string): string[] {
  return list ? list.split('\n').map((n) => n.toLowerCase()) : [];
}

function buildLexicon(): NameLexicon {
  const ranks = new Map<string, FirstNameRank>();
  for (const [list, rank] of [
    [FIRST_NAMES_KNOWN, 1],
    [FIRST_NAMES_FREQUENT, 2],
    [FIRST_NAMES_COMMON, 3],
  ] as const)
    for (const key of frontDecode(list)) ranks.set(key, rank);
  const ordinary = new Set([...keys(FIRST_NAMES_GERMAN_WORDS), ...ORDINARY_WORD_NAMES]);
  const english = new Set(keys(FIRST_NAMES_ENGLISH_WORDS));
  const standalone = new Set(frontDecode(SURNAMES));
  const surnames = new Set([...standalone, ...frontDecode(SURNAMES_ORDINARY)]);

  const rankOfLower = (key: string): FirstNameRank => {
    const direct = ranks.get(key) ?? 0;
    if (!key.includes('-')) return direct;
    let weakest: FirstNameRank = 3;
    for (const part of key.split('-')) {
      const r = ranks.get(part) ?? 0;
      if (r < weakest) weakest = r;
    }
    return weakest > direct ? weakest : direct;
  };
  return {
    firstNameRank: (word) => rankOfLower(word.toLowerCase()),
    isOrdinaryWord: (word) => ordinary.has(word.toLowerCase()),
    isEnglishWord: (word) => english.has(word.toLowerCase()),
    isSurname: (word) => surnames.has(word.toLowerCase()),
    isStandaloneSurname: (word) => standalone.has(word.toLowerCase()),
    rankOfLower,
    isOrdinaryLower: (key) => ordinary.has(key),
    isEnglishLower: (key) => english.has(key),
    isSurnameLower: (key) => surnames.has(key),
    isStandaloneLower: (key) => standalone.has(key),
  };
}
