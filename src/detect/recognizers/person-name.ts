/**
 * Person names, scored by evidence: a title or greeting before the name ("Frau Becker",
 * "Hallo Anna", "Herr M.") > a known first name with a capitalised surname ("Kevin Schulz")
 * > a single known first name > a surname alone (list or shape, "sagte Kowalski").
 * Spans cover the name only, never the title. Names that are also ordinary words ("Koch",
 * "August", "Rose") count only with such context ("Frau Koch", "August Müller").
 * No compromise here: this runs on every keystroke (see src/detect/names/ for the data).
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import {
  CHAT_NAME_CUES,
  DETERMINERS,
  FUNCTION_WORDS,
  GREETINGS,
  INSTITUTION_NOUNS,
  PARTICLES,
  PERSON_VERBS_AFTER,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  PUBLIC_ROLES,
  RELATION_ROLES,
  ROLE_ENDINGS,
  SPEECH_VERBS,
  TITLES,
} from '../names/cues';
import { nameLexicon, type NameLexicon } from '../names/lexicon';
import { looksLikeStrongNoun, nounShapeOfLower, strongNounOfLower, surnameShapeOfLower } from '../names/surname-shape';
import {
  ALL_CAPS,
  CAPITAL,
  DOT,
  JOINED,
  SENTENCE_START,
  SPECIAL_CASE,
  wordList,
  wordText,
  type WordList,
} from '../names/word-tokens';

const MAX_NAME_WORDS = 5;
/** Particles that may open a name after a title: "Frau von Bülow" (not "Herr der Ringe"). */
const OPENING_PARTICLES = new Set([
  'von',
  'van',
  'de',
  'di',
  'da',
  'del',
  'della',
  'du',
  'la',
  'le',
  'zu',
  'ten',
  'ter',
  'vom',
  'al',
  'el',
  'mac',
]);

export const SCORES = {
  title: 0.9,
  greeting: 0.85,
  fullName: 0.8,
  relation: 0.8,
  repeated: 0.7,
  publicRole: 0.7,
  initial: 0.65,
  firstNameCommon: 0.65,
  firstNameFrequent: 0.6,
  speech: 0.55,
  unknownPair: 0.55,
  personVerb: 0.55,
  chatLowercase: 0.55,
  firstNameKnown: 0.5,
  surname: 0.45,
  /** A listed surname that is no German noun, alone ("sagte Schröder"). */
  listedSurname: 0.5,
  /** Unknown word after a relation ("Onkel Gallus"): a guess, below the engine's evidence bar. */
  relationGuess: 0.45,
} as const;

export function findPersonNames(text: string): Span[] {
  return new NameFinder(wordList(text), nameLexicon()).find();
}

// Every cue set as one bit: each word costs one Map lookup, made once per draft, instead of
// a Set lookup per rule that asks.
const TITLE = 1 << 0;
const RELATION = 1 << 1;
const PUBLIC_ROLE = 1 << 2;
const GREETING = 1 << 3;
const PARTICLE = 1 << 4;
const CHAT_CUE = 1 << 5;
const SPEECH_VERB = 1 << 6;
const PERSON_VERB = 1 << 7;
const PLACE_PREFIX = 1 << 8;
const INSTITUTION = 1 << 9;
const FUNCTION_WORD = 1 << 10;
const PREPOSITION = 1 << 11;
const DETERMINER = 1 << 12;
const PLACE_PREPOSITION = 1 << 13;
const FINITE_VERB = 1 << 14;
const COLLOQUIAL_ARTICLE = 1 << 15;
const CHAT_VERB = 1 << 16;
const ARTICLE_PARTICLE = 1 << 17;
const INNER_ARTICLE_LEAD = 1 << 18;
const OPENING_PARTICLE = 1 << 19;
const BREAKER = TITLE | RELATION | PUBLIC_ROLE | INSTITUTION | GREETING;

let cueIndex: Map<string, number> | undefined;

function buildCueIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bit: number) => {
    for (const word of set) index.set(word, (index.get(word) ?? 0) | bit);
  };
  add(TITLES, TITLE);
  add(RELATION_ROLES, RELATION);
  add(PUBLIC_ROLES, PUBLIC_ROLE);
  add(GREETINGS, GREETING);
  add(PARTICLES, PARTICLE);
  add(CHAT_NAME_CUES, CHAT_CUE);
  add(SPEECH_VERBS, SPEECH_VERB);
  add(PERSON_VERBS_AFTER, PERSON_VERB);
  add(PLACE_PREFIXES, PLACE_PREFIX);
  add(INSTITUTION_NOUNS, INSTITUTION);
  add(FUNCTION_WORDS, FUNCTION_WORD);
  add(PREPOSITIONS, PREPOSITION);
  add(DETERMINERS, DETERMINER);
  add(PLACE_PREPOSITIONS, PLACE_PREPOSITION);
  add(FINITE_VERBS, FINITE_VERB);
  add(COLLOQUIAL_ARTICLES, COLLOQUIAL_ARTICLE);
  add(CHAT_VERBS, CHAT_VERB);
  add(ARTICLE_PARTICLES, ARTICLE_PARTICLE);
  add(INNER_ARTICLE_LEADS, INNER_ARTICLE_LEAD);
  add(OPENING_PARTICLES, OPENING_PARTICLE);
  return index;
}

/** Scratch arrays reused from draft to draft (findPersonNames runs to completion before the next call). */
let cueScratch = new Int32Array(64);
let memoScratch = new Int8Array(64);
let takenScratch = new Uint8Array(64);

const UNKNOWN = -1;

class NameFinder {
  private readonly text: string;
  private readonly n: number;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly flags: Uint8Array;
  private readonly lowers: string[];
  private readonly cues: Int32Array;
  /** Per word, computed on demand: first-name rank (firstRank), UNKNOWN until asked. */
  private readonly ranks: Int8Array;
  private readonly taken: Uint8Array;
  private readonly spans: Span[] = [];
  /** Surnames seen in full names, so a later "Merkel" alone is the same person. */
  private surnames: Set<string> | undefined;

  constructor(
    private readonly list: WordList,
    private readonly lex: NameLexicon,
  ) {
    const words = list;
    const n = words.count;
    this.text = words.text;
    this.n = n;
    this.start = words.start;
    this.end = words.end;
    this.flags = words.flags;
    this.lowers = words.lower;
    if (cueScratch.length < n) {
      cueScratch = new Int32Array(Math.max(n, cueScratch.length * 2));
      memoScratch = new Int8Array(cueScratch.length);
      takenScratch = new Uint8Array(cueScratch.length);
    }
    this.cues = cueScratch;
    this.ranks = memoScratch;
    const index = (cueIndex ??= buildCueIndex());
    for (let k = 0; k < n; k++) this.cues[k] = index.get(this.lowers[k]!) ?? 0;
    this.ranks.fill(UNKNOWN, 0, n);
    this.taken = takenScratch;
    this.taken.fill(0, 0, n);
  }

  find(): Span[] {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      if (this.taken[i]) continue;
      const next = this.tryAt(i);
      if (next !== undefined) i = next;
    }
    if (this.surnames !== undefined) this.findRepeated();
    return this.spans.length > 1 ? this.spans.sort(byStart) : this.spans;
  }

  /** Tries every rule at word i; returns the last word consumed, if a name was found. */
  private tryAt(i: number): number | undefined {
    const cue = this.cues[i]!;
    if (cue & TITLE) return this.afterTitle(i);
    if (cue & RELATION) {
      const found = this.afterRole(i, true);
      if (found !== undefined) return found;
    }
    if (this.is(i, CAPITAL) && this.isPublicRole(i)) {
      const found = this.afterRole(i, false);
      if (found !== undefined) return found;
    }
    if (cue & GREETING) {
      const found = this.afterGreeting(i);
      if (found !== undefined) return found;
    }
    if (this.isInitial(i)) return this.fromInitial(i);
    if (this.is(i, CAPITAL) && !this.is(i, ALL_CAPS)) return this.capitalised(i);
    return this.lowercaseChatName(i);
  }

  private afterTitle(i: number): number | undefined {
    let next = i + 1;
    while (next < this.n && this.cues[next]! & TITLE && this.is(next, JOINED)) next++;
    if (!this.adjacent(next)) return undefined;
    // "Familie von Igor Anic", "Frau von Kevin": "von" before a first name means "of", not a noble name.
    if (
      this.lowers[next] === 'von' &&
      this.adjacent(next + 1) &&
      this.is(next + 1, CAPITAL) &&
      this.firstRank(next + 1) > 0
    )
      next++;
    if (this.is(next, CAPITAL) || this.cues[next]! & OPENING_PARTICLE) {
      const last = this.readName(next, true, true);
      return last < 0 ? undefined : this.emit(next, last, SCORES.title, 'title', true);
    }
    // Chat in lower case: "frau becker", only for words the lexicon knows.
    if (this.knownName(next) && !this.isFunctionWord(next)) return this.emit(next, next, SCORES.title, 'title', true);
    return undefined;
  }

  private afterRole(i: number, relation: boolean): number | undefined {
    let next = i + 1;
    if (this.adjacent(next) && this.lowers[next] === 'von') next++;
    if (!this.adjacent(next)) return undefined;
    if (!this.is(next, CAPITAL)) {
      if (relation && this.lowercaseNameOk(next)) return this.emit(next, next, SCORES.relation, 'relation', false);
      return undefined;
    }
    if (this.isFunctionWord(next) || this.is(next, ALL_CAPS)) return undefined;
    const evidence = this.nameEvidence(next);
    // A relation needs a name-like word ("Sohn Kevin", not "Tochter Hilfe"); a public role
    // in news text is followed by a surname more often than not ("Trainer Magath").
    if (!evidence && (this.nounShape(next) || this.endsWithS(next) || this.lex.isOrdinaryLower(this.lowers[next]!)))
      return undefined;
    const last = this.readName(next, true);
    if (last < 0) return undefined;
    const score = relation
      ? evidence
        ? SCORES.relation
        : SCORES.relationGuess
      : evidence
        ? SCORES.publicRole
        : SCORES.speech;
    return this.emit(next, last, score, relation ? 'relation' : 'role', relation);
  }

  private afterGreeting(i: number): number | undefined {
    const next = i + 1;
    if (next >= this.n) return undefined;
    if (!greetingGap(this.text, this.end[i]!, this.start[next]!) || this.is(next, SENTENCE_START)) return undefined;
    if (this.cues[next]! & TITLE) return undefined;
    if (this.is(next, CAPITAL) && !this.is(next, ALL_CAPS)) {
      if (this.isFunctionWord(next) || !this.nameEvidence(next)) return undefined;
      const last = this.readName(next, true);
      return last < 0 ? undefined : this.emit(next, last, SCORES.greeting, 'greeting', true);
    }
    if (this.lowercaseNameOk(next)) return this.emit(next, next, SCORES.greeting, 'greeting', false);
    return undefined;
  }

  private capitalised(i: number): number | undefined {
    if (this.cues[i]! & (FUNCTION_WORD | PLACE_PREFIX | PARTICLE)) return undefined;
    if (this.afterPlacePrefix(i)) return undefined;
    const lower = this.lowers[i]!;
    const rank = this.firstRank(i);
    if (rank > 0) {
      const last = this.readName(i, false);
      if (last < 0) return undefined;
      const multi = last > i;
      const ordinary =
        this.lex.isOrdinaryLower(lower) || (this.endsWithS(i) && this.lex.isOrdinaryLower(this.stemLower(i)));
      if (!multi) {
        if (ordinary || (this.is(i, SENTENCE_START) && this.lex.isEnglishLower(lower))) return undefined;
        if (this.nounContext(i, rank) || this.placeContext(i)) return undefined;
      }
      if (multi && ordinary && !this.nameEvidence(i + 1)) return undefined;
      if (multi) return this.emit(i, last, SCORES.fullName, 'first-and-surname', true);
      const score = rank === 3 ? SCORES.firstNameCommon : rank === 2 ? SCORES.firstNameFrequent : SCORES.firstNameKnown;
      return this.emit(i, last, score, 'first-name', false);
    }
    if (i > 0 && this.is(i, JOINED) && this.cues[i - 1]! & SPEECH_VERB && this.speechContext(i - 1)) {
      if (this.nounShape(i)) return undefined;
      // "sagte Betriebsrat Mario Gierl": a role before a first name; the name starts at the first name.
      if (this.adjacent(i + 1) && this.is(i + 1, CAPITAL) && this.firstRank(i + 1) > 0) return undefined;
      const last = this.readName(i, false);
      return last < 0 ? undefined : this.emit(i, last, SCORES.speech, 'speech', false);
    }
    if (this.unknownName(i)) {
      // "Teemu Tainio", "Rabiye Kurnaz": an unknown word before a surname, mid-sentence.
      const next = i + 1;
      const pair =
        !this.is(i, SENTENCE_START) &&
        this.adjacent(next) &&
        this.is(next, CAPITAL) &&
        this.firstRank(next) === 0 &&
        this.surnameLike(next) &&
        !this.lex.isOrdinaryLower(this.lowers[next]!) &&
        !(next + 1 < this.n && this.is(next + 1, JOINED) && this.is(next + 1, CAPITAL));
      if (pair) return this.emit(i, next, SCORES.unknownPair, 'unknown-first-and-surname', true);
      if (this.personVerbAfter(i)) return this.emit(i, i, SCORES.personVerb, 'person-verb', true);
    }
    if (
      !this.is(i, SENTENCE_START) &&
      !this.lex.isOrdinaryLower(lower) &&
      this.loneSurname(i) &&
      !this.nounContext(i, 0) &&
      !(this.is(i, JOINED) && this.cues[i - 1]! & PREPOSITION)
    ) {
      const last = this.readName(i, false);
      return last < 0 ? undefined : this.emit(i, last, SCORES.surname, 'surname', false);
    }
    if (this.standaloneSurname(i)) return this.emit(i, i, SCORES.listedSurname, 'listed-surname', true);
    return undefined;
  }

  /**
   * A listed surname that is no ordinary word ("Schröder", "Kowalski"), alone: not after an
   * article or a place preposition ("in Amberg"), not inside a longer proper name ("Bilfinger
   * Berger", "Dow Jones Indexes", "Weiler-"), and at a sentence start only before a verb
   * ("Kolb war …", "Röttgen bestätigte …").
   */
  private standaloneSurname(k: number): boolean {
    if (
      this.is(k, ALL_CAPS) ||
      !this.listedSurname(k) ||
      this.lex.isOrdinaryLower(this.lowers[k]!) ||
      this.nounContext(k, 0)
    )
      return false;
    if (this.placeContext(k) || this.afterPlacePrefix(k)) return false;
    if (k > 0 && this.is(k, JOINED) && this.is(k - 1, CAPITAL) && !this.is(k, SENTENCE_START)) return false;
    if (this.text.charCodeAt(this.end[k]!) === 45) return false; // "Weiler- und Feriensiedlungen"
    // A genitive ends the name and may open the sentence: "Schröders Antrag", "über Zabels Entscheidung".
    if (!this.lex.isStandaloneLower(this.lowers[k]!)) return true;
    const next = k + 1;
    if (this.adjacent(next) && this.is(next, CAPITAL) && !this.is(next, SENTENCE_START)) return false;
    if (!this.is(k, SENTENCE_START)) return true;
    return this.adjacent(next) && (this.cues[next]! & (FINITE_VERB | PERSON_VERB)) !== 0;
  }

  private fromInitial(i: number): number | undefined {
    const next = i + 1;
    if (!this.adjacent(next)) return undefined;
    if (
      !(this.is(next, CAPITAL) || this.isInitial(next)) ||
      this.is(next, ALL_CAPS) ||
      this.isFunctionWord(next) ||
      this.nounShape(next)
    )
      return undefined;
    const last = this.readName(i, false);
    if (last < 0 || last === i) return undefined;
    return this.emit(i, last, SCORES.initial, 'initial', true);
  }

  private lowercaseChatName(i: number): number | undefined {
    // "hab mit kevin geredet"; and the colloquial article before a name, "der kai hat …",
    // "die svetlana ist …" (lower case: GermEval-style text never writes names this way).
    const cued = i > 0 && this.is(i, JOINED) && (this.cues[i - 1]! & (CHAT_CUE | COLLOQUIAL_ARTICLE)) !== 0;
    // "lena hat mir geschrieben", "jake is self-harming", "olivia's dad": a chat message
    // starting with a lower-case name and a verb or a possessive.
    const starts =
      this.is(i, SENTENCE_START) &&
      (this.possessive(i) || (this.adjacent(i + 1) && (this.cues[i + 1]! & CHAT_VERB) !== 0));
    if (!cued && !starts) return undefined;
    if (!this.lowercaseNameOk(i)) return undefined;
    return this.emit(i, i, SCORES.chatLowercase, 'chat-lowercase', false);
  }

  /** The lower-cased word ends in 's or ’s. */
  private possessive(k: number): boolean {
    const lw = this.lowers[k]!;
    const length = lw.length;
    if (length < 2 || lw.charCodeAt(length - 1) !== 115) return false;
    const c = lw.charCodeAt(length - 2);
    return c === 39 || c === 0x2019;
  }

  /** The word as written ends in 's or ’s (a lower-case s): the possessive a name is read without. */
  private writtenPossessive(k: number): boolean {
    const end = this.end[k]!;
    if (end - this.start[k]! < 2 || this.text.charCodeAt(end - 1) !== 115) return false;
    const c = this.text.charCodeAt(end - 2);
    return c === 39 || c === 0x2019;
  }

  /** A capitalised word that could be an unknown name: no article, no noun ending, no place context. */
  private unknownName(k: number): boolean {
    return (
      !this.is(k, ALL_CAPS) &&
      !this.nounShape(k) &&
      !this.lex.isOrdinaryLower(this.lowers[k]!) &&
      !this.nounContext(k, 0) &&
      !this.placeContext(k) &&
      !(this.cues[k]! & BREAKER) &&
      !(k > 0 && this.is(k, JOINED) && this.cues[k - 1]! & PREPOSITION && this.lowers[k - 1] !== 'und')
    );
  }

  /**
   * "Ramelow erklärte", but not "Dramen kritisierte er" (object first, subject after the verb)
   * nor plural nouns in -en.
   */
  private personVerbAfter(k: number): boolean {
    const next = k + 1;
    if (!(next < this.n && this.is(next, JOINED) && this.cues[next]! & PERSON_VERB)) return false;
    if (this.lowers[k]!.endsWith('en') && !this.loneSurname(k)) return false;
    const after = next + 1;
    return after >= this.n || !(this.cues[after]! & (FUNCTION_WORD | DETERMINER)) || !this.is(after, JOINED);
  }

  /** Repeated surname alone after a full name: "Angela Merkel … sagte Merkel". */
  private findRepeated(): void {
    const surnames = this.surnames!;
    for (let i = 0; i < this.n; i++) {
      if (this.taken[i] || !this.is(i, CAPITAL)) continue;
      const lw = this.lowers[i]!;
      if (surnames.has(lw) || (lw.endsWith('s') && surnames.has(lw.slice(0, -1))))
        this.emit(i, i, SCORES.repeated, 'repeated', false);
    }
  }

  /**
   * Reads a name from word `start`: capitalised words, initials and inner particles, all
   * separated by spaces only. After a cue the first word may be anything capitalised; after a title ("Frau",
   * "Herr", "Dr.") a single word before a particle is the surname.
   * Returns the last word of the name, or -1.
   */
  private readName(start: number, afterCue: boolean, afterTitle = false): number {
    const n = this.n;
    let last = -1;
    let count = 0;
    let unknown = 0;
    let k = start;
    while (k < n && count < MAX_NAME_WORDS) {
      const cue = this.cues[k]!;
      if (k > start && (!this.is(k, JOINED) || this.is(k, SENTENCE_START))) break;
      if (this.isInitial(k)) {
        last = k;
        count++;
        k++;
        continue;
      }
      const capital = this.is(k, CAPITAL);
      if (!capital && cue & PARTICLE) {
        const lw = this.lowers[k]!;
        // "von der Leyen", but not "Neil Armstrong den Mond": der/den/des/dem only after von/van/de.
        const articleParticle = (cue & ARTICLE_PARTICLE) !== 0 && !(k > 0 && this.cues[k - 1]! & INNER_ARTICLE_LEAD);
        // "Karl-Theodor zu Guttenberg", but not "… von Scheffel zu Gast".
        const misplacedZu = lw === 'zu' && !(k > 0 && (this.firstRank(k - 1) > 0 || this.lowers[k - 1] === 'von'));
        // After a surname a particle names an affiliation, not more name: "Frau Müller vom
        // Jugendamt", "Frau Albrecht vom Gesundheitsamt" (one word after a title is the surname,
        // even when it is a first name too), "Anna Becker von der Diakonie". After first names
        // it is the name's own: "Ursula von der Leyen", "Heinrich Gottlob von Miltitz".
        if (k > start && ((afterTitle && k - 1 === start) || (this.firstRank(k - 1) === 0 && this.surnameLike(k - 1))))
          break;
        if (!articleParticle && !misplacedZu && (k > start || (afterCue && cue & OPENING_PARTICLE))) {
          let m = k + 1;
          while (m < n && m < k + 3 && this.cues[m]! & PARTICLE && this.is(m, JOINED)) m++;
          if (m < n && this.is(m, JOINED) && this.is(m, CAPITAL) && !this.isFunctionWord(m)) {
            k = m;
            unknown = 0; // the surname after a particle: "Heinrich Gottlob von Miltitz"
            continue;
          }
          break;
        }
      }
      const allCaps = this.is(k, ALL_CAPS);
      // Regnal numbers: "Elisabeth II.", "Bernhard IV.".
      if (k > start && last === k - 1 && allCaps && ROMAN_NUMERAL.test(wordText(this.list, k))) {
        last = k;
        break;
      }
      if (!capital) break;
      // Shouting: "HERR SCHULZ HAT …" accepts upper-case names when the cue was upper case too.
      if (allCaps && !(k > 0 && this.is(k - 1, ALL_CAPS) && (k === start || this.knownName(k)))) break;
      if (cue & (FUNCTION_WORD | BREAKER)) {
        // Right after a title a known name wins over its other readings: "Mr Allen", "Mrs King".
        const titledName = k === start && afterCue && this.knownName(k);
        if (!titledName) break;
      }
      if (this.isInstitution(k)) return -1;
      const evidence = this.nameEvidence(k);
      if (k > start && !evidence && this.strongNoun(k)) break;
      // At most one unknown word after a first name ("Kurt Miller", not "Kurt Miller Grund"),
      // two after a title; names rarely run longer.
      if (!evidence && (k > start || afterCue) && ++unknown > (afterCue ? 2 : 1)) break;
      last = k;
      count++;
      k++;
      // A genitive ends the name: "Heidi Klums Modelsuche", "Melanies Eltern".
      const lw = this.lowers[last]!;
      if (
        this.endsWithS(last) &&
        this.length(last) > 3 &&
        !this.lex.isSurnameLower(lw) &&
        this.lex.rankOfLower(lw) === 0
      )
        break;
    }
    if (last < 0) return -1;
    if (last + 1 < n && this.is(last + 1, JOINED) && this.cues[last + 1]! & INSTITUTION) return -1;
    if (!afterCue && last === start && this.isInitial(start)) return -1;
    return last;
  }

  private emit(
    first: number,
    last: number,
    score: number,
    reason: string,
    rememberSurname: boolean,
  ): number | undefined {
    for (let k = first; k <= last; k++) if (this.taken[k]) return undefined;
    for (let k = first; k <= last; k++) this.taken[k] = 1;
    const initial = this.isInitial(last);
    let end =
      initial || (this.is(last, DOT) && ROMAN_NUMERAL.test(wordText(this.list, last)))
        ? this.end[last]! + 1
        : this.end[last]!;
    if (this.possessive(last)) end -= 2; // "olivia's": the name only
    this.spans.push({ category: 'name', kind: 'person', start: this.start[first]!, end, score, reason });
    if (rememberSurname && !initial && this.is(last, CAPITAL)) {
      if (last > first || this.firstRank(last) === 0) (this.surnames ??= new Set()).add(this.lowers[last]!);
    }
    return last;
  }

  private is(k: number, flag: number): boolean {
    return (this.flags[k]! & flag) !== 0;
  }

  private length(k: number): number {
    return this.end[k]! - this.start[k]!;
  }

  /** The word as written ends in a lower-case "s". */
  private endsWithS(k: number): boolean {
    return this.text.charCodeAt(this.end[k]! - 1) === 115;
  }

  /**
   * The lower-cased word without its last `drop` units. For words whose lower case is not
   * unit by unit (SPECIAL_CASE) the cut is lower-cased itself, as the string code did.
   */
  private cutLower(k: number, drop: number): string {
    if (this.is(k, SPECIAL_CASE)) return this.text.slice(this.start[k], this.end[k]! - drop).toLowerCase();
    const lw = this.lowers[k]!;
    return lw.slice(0, lw.length - drop);
  }

  private stemLower(k: number): string {
    return this.cutLower(k, 1);
  }

  private adjacent(k: number): boolean {
    return k < this.n && this.is(k, JOINED);
  }

  private isInitial(k: number): boolean {
    return this.length(k) === 1 && (this.flags[k]! & (CAPITAL | DOT)) === (CAPITAL | DOT);
  }

  private isFunctionWord(k: number): boolean {
    return (this.cues[k]! & FUNCTION_WORD) !== 0;
  }

  private isPublicRole(k: number): boolean {
    return (this.cues[k]! & PUBLIC_ROLE) !== 0 || hasRoleEnding(this.lowers[k]!);
  }

  private nounShape(k: number): boolean {
    return nounShapeOfLower(this.length(k), this.lowers[k]!);
  }

  /** Judged on the last part of a compound: "Alliot-Marie" is a name, "Anna-Beratung" is not. */
  private strongNoun(k: number): boolean {
    if (this.is(k, SPECIAL_CASE)) return looksLikeStrongNoun(wordText(this.list, k));
    const lw = this.lowers[k]!;
    const dash = lw.lastIndexOf('-');
    return strongNounOfLower(dash < 0 ? lw : lw.slice(dash + 1));
  }

  /** "Karl-Marx-Straße", "Gutenberg-Universität": a compound ending in an institution noun. */
  private isInstitution(k: number): boolean {
    if (this.is(k, SPECIAL_CASE)) {
      const word = wordText(this.list, k);
      const dash = word.lastIndexOf('-');
      return dash > 0 && INSTITUTION_NOUNS.has(word.slice(dash + 1).toLowerCase());
    }
    const lw = this.lowers[k]!;
    const dash = lw.lastIndexOf('-');
    return dash > 0 && ((cueIndex!.get(lw.slice(dash + 1)) ?? 0) & INSTITUTION) !== 0;
  }

  /**
   * First-name rank, also for the genitive of frequent names ("Annas", "Kevins"); rare stems
   * are left out because plural nouns end in -s too ("Links", "Fans"). Kept per word.
   */
  private firstRank(k: number): number {
    const known = this.ranks[k]!;
    if (known !== UNKNOWN) return known;
    const rank = this.computeFirstRank(k);
    this.ranks[k] = rank;
    return rank;
  }

  private computeFirstRank(k: number): number {
    const drop = this.writtenPossessive(k) ? 2 : 0;
    const rank = this.lex.rankOfLower(drop ? this.cutLower(k, 2) : this.lowers[k]!);
    const length = this.length(k) - drop;
    if (rank > 0 || length < 5 || this.text.charCodeAt(this.end[k]! - drop - 1) !== 115) return rank;
    const stemRank = this.lex.rankOfLower(this.cutLower(k, drop + 1));
    return stemRank >= 2 ? stemRank : 0;
  }

  /**
   * A determiner (maybe with an adjective) or a number before the word makes it a noun:
   * "der Koch", "seinem Tod", "der neue Server", "15 Tore". Colloquial "die Anna" stays a
   * name for common first names (rank 3) after a plain article.
   */
  private nounContext(k: number, rank: number): boolean {
    if (k === 0) return false;
    const gap = gapKind(this.text, this.end[k - 1]!, this.start[k]!);
    if (gap === GAP_DIGIT) return true;
    if (gap === GAP_PUNCTUATION) return false;
    const cue = this.cues[k - 1]!;
    if (cue & DETERMINER) return !(rank === 3 && cue & COLLOQUIAL_ARTICLE);
    if (k >= 2 && !this.is(k - 1, CAPITAL) && inflected(this.lowers[k - 1]!)) {
      return (
        !sentencePunctuation(this.text, this.end[k - 2]!, this.start[k - 1]!) && (this.cues[k - 2]! & DETERMINER) !== 0
      );
    }
    return false;
  }

  /** "in Florenz", "nach Hudson": a single capitalised word after a preposition of place. */
  private placeContext(k: number): boolean {
    return k > 0 && this.is(k, JOINED) && (this.cues[k - 1]! & PLACE_PREPOSITION) !== 0;
  }

  /** "St. Paul", "Sankt Peter", "San Marino". */
  private afterPlacePrefix(k: number): boolean {
    if (k === 0 || !(this.cues[k - 1]! & PLACE_PREFIX)) return false;
    return /^\s*\.?\s{1,2}$/.test(this.text.slice(this.end[k - 1], this.start[k]));
  }

  private surnameLike(k: number): boolean {
    const lw = this.lowers[k]!;
    if (this.lex.isSurnameLower(lw) || surnameShapeOfLower(this.length(k), lw)) return true;
    return this.length(k) > 4 && this.endsWithS(k) && this.lex.isSurnameLower(this.stemLower(k));
  }

  /**
   * A surname standing alone. Only the shape counts ("Kowalczyk", "Petrović"): the surname
   * lists hold too many everyday nouns ("Wasser", "Kopf", "Bürger") to trust them alone.
   */
  private loneSurname(k: number): boolean {
    if (surnameShapeOfLower(this.length(k), this.lowers[k]!)) return true;
    return this.endsWithS(k) && surnameShapeOfLower(this.length(k) - 1, this.stemLower(k));
  }

  /** On the surname list and no ordinary word (built against a German noun list): "Schröder", "Schröders". */
  private listedSurname(k: number): boolean {
    if (this.lex.isStandaloneLower(this.lowers[k]!)) return true;
    return this.length(k) > 4 && this.endsWithS(k) && this.lex.isStandaloneLower(this.stemLower(k));
  }

  private knownName(k: number): boolean {
    return this.firstRank(k) > 0 || this.surnameLike(k);
  }

  /** Evidence that a capitalised word is a name, whatever its other meanings. */
  private nameEvidence(k: number): boolean {
    return k < this.n && (this.isInitial(k) || this.knownName(k));
  }

  /** A lower-case chat name: a frequent first name that is no ordinary German or English word. */
  private lowercaseNameOk(k: number): boolean {
    if (this.is(k, CAPITAL)) return false;
    const key = this.writtenPossessive(k) ? this.cutLower(k, 2) : this.lowers[k]!;
    const lw = this.lowers[k]!;
    return (
      this.lex.rankOfLower(key) >= 2 &&
      !this.isFunctionWord(k) &&
      !this.lex.isOrdinaryLower(lw) &&
      !this.lex.isEnglishLower(lw)
    );
  }

  /** "so" marks speech only after a comma: ", so Müller". */
  private speechContext(verb: number): boolean {
    if (this.lowers[verb] !== 'so') return true;
    const before = verb > 0 ? this.text.slice(this.end[verb - 1], this.start[verb]) : '';
    return before.includes(',');
  }
}

/** /^[ \u00a0]{0,2},?[ \u00a0]{1,2}$/ without the regex: "Hallo Anna", "Hallo, Anna". */
function greetingGap(text: string, from: number, to: number): boolean {
  let k = from;
  let before = 0;
  while (k < to && isSpace(text.charCodeAt(k))) {
    k++;
    before++;
  }
  if (k === to) return before >= 1 && before <= 4; // spaces only: split over both space runs
  if (text.charCodeAt(k) !== 44 || before > 2) return false;
  const after = to - k - 1;
  if (after < 1 || after > 2) return false;
  for (let m = k + 1; m < to; m++) if (!isSpace(text.charCodeAt(m))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

const GAP_PLAIN = 0;
const GAP_DIGIT = 1;
const GAP_PUNCTUATION = 2;

/** A digit in the gap (any position) wins; otherwise any of . ! ? : ; , ( ) " „ “ ” « ». */
function gapKind(text: string, from: number, to: number): number {
  let punctuation = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return GAP_DIGIT;
    if (!punctuation && isNounContextPunctuation(c)) punctuation = true;
  }
  return punctuation ? GAP_PUNCTUATION : GAP_PLAIN;
}

function isNounContextPunctuation(c: number): boolean {
  switch (c) {
    case 46:
    case 33:
    case 63:
    case 58:
    case 59:
    case 44:
    case 40:
    case 41:
    case 34: // . ! ? : ; , ( ) "
    case 0x201e:
    case 0x201c:
    case 0x201d:
    case 0xab:
    case 0xbb: // „ “ ” « »
      return true;
    default:
      return false;
  }
}

/** Any of . ! ? : ; , in the gap. */
function sentencePunctuation(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44) return true;
  }
  return false;
}

/** An adjective ending: /(?:e|en|er|es|em)$/. */
function inflected(lw: string): boolean {
  const length = lw.length;
  const last = lw.charCodeAt(length - 1);
  if (last === 101) return true; // e
  if (length < 2 || lw.charCodeAt(length - 2) !== 101) return false;
  return last === 110 || last === 114 || last === 115 || last === 109; // n r s m
}

/** Finite verbs that follow a subject at a sentence start: "Kolb war …", "Huber will …". */
const FINITE_VERBS = new Set([
  'war',
  'ist',
  'hat',
  'hatte',
  'wurde',
  'wird',
  'will',
  'wollte',
  'kann',
  'konnte',
  'muss',
  'musste',
  'soll',
  'sollte',
  'darf',
  'durfte',
  'habe',
  'sei',
  'hätte',
  'wäre',
  'würde',
  'bleibt',
  'blieb',
  'gilt',
  'galt',
  'kam',
  'kommt',
  'ging',
  'geht',
  'gab',
  'gibt',
  'erhielt',
  'bekam',
  'übernahm',
  'gewann',
  'verlor',
  'spielte',
  'lebte',
  'arbeitete',
  'wohnt',
  'wohnte',
  'möchte',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
]);
const COLLOQUIAL_ARTICLES = new Set(['der', 'die', 'den', 'dem']);
/** Verbs after a lower-case name at the start of a chat message. */
const CHAT_VERBS = new Set([
  'hat',
  'ist',
  'war',
  'hatte',
  'wurde',
  'wird',
  'kommt',
  'kam',
  'will',
  'kann',
  'muss',
  'soll',
  'sagt',
  'meint',
  'schreibt',
  'schrieb',
  'geht',
  'ging',
  'braucht',
  'wohnt',
  'fragt',
  'is',
  'was',
  'has',
  'had',
  'says',
  'said',
  'got',
  'gets',
  'needs',
  'wants',
  'went',
  'told',
  'called',
]);
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
const ARTICLE_PARTICLES = new Set(['der', 'den', 'des', 'dem']);
const INNER_ARTICLE_LEADS = new Set(['von', 'van', 'de', 'di']);

/**
 * Compound public roles ("US-Präsident", "Umweltminister"): the word ends in one of
 * ROLE_ENDINGS with at least two letters before it. The endings are kept as a trie read from
 * the word's end, in flat typed arrays: a step is an array read, not a Map lookup, and most
 * words leave the trie after a letter or two.
 */
interface RoleEndings {
  /** Class + 1 of each ASCII unit that occurs in an ending (0: none). */
  readonly asciiClass: Uint8Array;
  /** Classes of the other units that occur (ä, ö, ü, ß …). */
  readonly otherClass: ReadonlyMap<number, number>;
  readonly classes: number;
  /** Child of node n for class k at n * classes + k; 0 (the root) means none. */
  readonly next: Int32Array;
  readonly terminal: Uint8Array;
}
let roleEndings: RoleEndings | undefined;

function buildRoleEndings(): RoleEndings {
  const asciiClass = new Uint8Array(0x80);
  const otherClass = new Map<number, number>();
  let classes = 0;
  for (const ending of ROLE_ENDINGS) {
    for (let k = 0; k < ending.length; k++) {
      const c = ending.charCodeAt(k);
      if (c < 0x80 ? asciiClass[c] === 0 : !otherClass.has(c)) {
        if (c < 0x80) asciiClass[c] = classes + 1;
        else otherClass.set(c, classes);
        classes++;
      }
    }
  }
  const classOfUnit = (c: number) => (c < 0x80 ? asciiClass[c]! - 1 : (otherClass.get(c) ?? -1));
  const next: number[] = new Array<number>(classes).fill(0);
  const terminal: number[] = [0];
  for (const ending of ROLE_ENDINGS) {
    let node = 0;
    for (let k = ending.length - 1; k >= 0; k--) {
      const slot = node * classes + classOfUnit(ending.charCodeAt(k));
      let child = next[slot]!;
      if (child === 0) {
        child = terminal.length;
        terminal.push(0);
        for (let j = 0; j < classes; j++) next.push(0);
        next[slot] = child;
      }
      node = child;
    }
    terminal[node] = 1;
  }
  return { asciiClass, otherClass, classes, next: Int32Array.from(next), terminal: Uint8Array.from(terminal) };
}

function hasRoleEnding(lw: string): boolean {
  const { asciiClass, otherClass, classes, next, terminal } = (roleEndings ??= buildRoleEndings());
  const length = lw.length;
  let node = 0;
  for (let depth = 1; depth <= length; depth++) {
    const c = lw.charCodeAt(length - depth);
    const cls = c < 0x80 ? asciiClass[c]! - 1 : (otherClass.get(c) ?? -1);
    if (cls < 0) return false;
    node = next[node * classes + cls]!;
    if (node === 0) return false;
    if (terminal[node] === 1 && length > depth + 1) return true;
  }
  return false;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

export const recognizer: Recognizer = {
  id: 'person-name',
  kinds: ['person'],
  recognize(ctx: ScanContext): Span[] {
    if (typeof ctx?.text !== 'string' || ctx.text.length === 0) return [];
    return findPersonNames(ctx.text);
  },
};
