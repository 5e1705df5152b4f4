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

const RANK = 3;
const ORDINARY = 4;
const ENGLISH = 8;
const SURNAME = 16;
const STANDALONE = 32;

/**
 * One Map from each lower-cased word to its bits (first-name rank, ordinary word, English
 * word, surname, standalone surname) instead of one table per question: the rules ask several
 * questions about the same word, and after the first the entry is in cache. Separate tables
 * of 60,000 names and surnames cost a cache miss per question.
 */
function buildLexicon(): NameLexicon {
  const info = new Map<string, number>();
  const mark = (key: string, bits: number) => info.set(key, (info.get(key) ?? 0) | bits);
  for (const [list, rank] of [
    [FIRST_NAMES_KNOWN, 1],
    [FIRST_NAMES_FREQUENT, 2],
    [FIRST_NAMES_COMMON, 3],
  ] as const)
    for (const key of frontDecode(list)) info.set(key, rank); // first: only ranks so far, the last list wins
  for (const key of keys(FIRST_NAMES_GERMAN_WORDS)) mark(key, ORDINARY);
  for (const key of ORDINARY_WORD_NAMES) mark(key, ORDINARY);
  for (const key of keys(FIRST_NAMES_ENGLISH_WORDS)) mark(key, ENGLISH);
  for (const key of frontDecode(SURNAMES)) mark(key, SURNAME | STANDALONE);
  for (const key of frontDecode(SURNAMES_ORDINARY)) mark(key, SURNAME);

  const bitsOf = (key: string): number => info.get(key) ?? 0;
  const rankOfLower = (key: string): FirstNameRank => {
    const direct = (bitsOf(key) & RANK) as FirstNameRank;
    if (!key.includes('-')) return direct;
    let weakest: FirstNameRank = 3;
    for (const part of key.split('-')) {
      const r = (bitsOf(part) & RANK) as FirstNameRank;
      if (r < weakest) weakest = r;
    }
    return weakest > direct ? weakest : direct;
  };
  return {
    firstNameRank: (word) => rankOfLower(word.toLowerCase()),
    isOrdinaryWord: (word) => (bitsOf(word.toLowerCase()) & ORDINARY) !== 0,
    isEnglishWord: (word) => (bitsOf(word.toLowerCase()) & ENGLISH) !== 0,
    isSurname: (word) => (bitsOf(word.toLowerCase()) & SURNAME) !== 0,
    isStandaloneSurname: (word) => (bitsOf(word.toLowerCase()) & STANDALONE) !== 0,
    rankOfLower,
    isOrdinaryLower: (key) => (bitsOf(key) & ORDINARY) !== 0,
    isEnglishLower: (key) => (bitsOf(key) & ENGLISH) !== 0,
    isSurnameLower: (key) => (bitsOf(key) & SURNAME) !== 0,
    isStandaloneLower: (key) => (bitsOf(key) & STANDALONE) !== 0,
  };
}
