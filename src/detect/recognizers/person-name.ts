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
import { looksLikeNoun, looksLikeStrongNoun, looksLikeSurname } from '../names/surname-shape';
import { wordTokens, type WordToken } from '../names/word-tokens';

const MAX_NAME_WORDS = 5;
/** Particles that may open a name after a title: "Frau von Bülow" (not "Herr der Ringe"). */
const OPENING_PARTICLES = new Set(['von', 'van', 'de', 'di', 'da', 'del', 'della', 'du', 'la', 'le', 'zu', 'ten', 'ter', 'vom', 'al', 'el', 'mac']);

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

interface NameRun {
  first: number;
  last: number;
}

export function findPersonNames(text: string): Span[] {
  const words = wordTokens(text);
  return new NameFinder(text, words, nameLexicon()).find();
}

class NameFinder {
  private readonly lowers: string[];
  private readonly taken: Uint8Array;
  private readonly spans: Span[] = [];
  /** Surnames seen in full names, so a later "Merkel" alone is the same person. */
  private readonly surnames = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly words: readonly WordToken[],
    private readonly lex: NameLexicon,
  ) {
    this.lowers = words.map((w) => w.text.toLowerCase());
    this.taken = new Uint8Array(words.length);
  }

  find(): Span[] {
    const n = this.words.length;
    for (let i = 0; i < n; i++) {
      if (this.taken[i]) continue;
      const next = this.tryAt(i);
      if (next !== undefined) i = next;
    }
    if (this.surnames.size > 0) this.findRepeated();
    return this.spans.sort((a, b) => a.start - b.start);
  }

  /** Tries every rule at word i; returns the last word consumed, if a name was found. */
  private tryAt(i: number): number | undefined {
    const w = this.words[i]!;
    const lw = this.lowers[i]!;
    if (TITLES.has(lw)) return this.afterTitle(i);
    if (RELATION_ROLES.has(lw)) {
      const found = this.afterRole(i, true);
      if (found !== undefined) return found;
    }
    if (w.capital && isPublicRole(lw)) {
      const found = this.afterRole(i, false);
      if (found !== undefined) return found;
    }
    if (GREETINGS.has(lw)) {
      const found = this.afterGreeting(i);
      if (found !== undefined) return found;
    }
    if (this.isInitial(i)) return this.fromInitial(i);
    if (w.capital && !w.allCaps) return this.capitalised(i);
    return this.lowercaseChatName(i);
  }

  private afterTitle(i: number): number | undefined {
    let next = i + 1;
    while (next < this.words.length && TITLES.has(this.lowers[next]!) && this.words[next]!.joined) next++;
    if (!this.adjacent(next)) return undefined;
    const nw = this.words[next]!;
    if (nw.capital || OPENING_PARTICLES.has(this.lowers[next]!)) {
      const run = this.readName(next, true);
      return run && this.emit(run, SCORES.title, 'title', true);
    }
    // Chat in lower case: "frau becker", only for words the lexicon knows.
    if (this.knownName(next) && !this.isFunctionWord(next))
      return this.emit({ first: next, last: next }, SCORES.title, 'title', true);
    return undefined;
  }

  private afterRole(i: number, relation: boolean): number | undefined {
    let next = i + 1;
    if (this.lowers[next] === 'von' && this.adjacent(next)) next++;
    if (!this.adjacent(next)) return undefined;
    const nw = this.words[next]!;
    if (!nw.capital) {
      if (relation && this.lowercaseNameOk(next))
        return this.emit({ first: next, last: next }, SCORES.relation, 'relation', false);
      return undefined;
    }
    if (this.isFunctionWord(next) || nw.allCaps) return undefined;
    const evidence = this.nameEvidence(next);
    // A relation needs a name-like word ("Sohn Kevin", not "Tochter Hilfe"); a public role
    // in news text is followed by a surname more often than not ("Trainer Magath").
    if (!evidence && (looksLikeNoun(nw.text) || nw.text.endsWith('s') || this.lex.isOrdinaryWord(nw.text))) return undefined;
    const run = this.readName(next, true);
    if (!run) return undefined;
    const score = relation ? (evidence ? SCORES.relation : SCORES.relationGuess) : evidence ? SCORES.publicRole : SCORES.speech;
    return this.emit(run, score, relation ? 'relation' : 'role', relation);
  }

  private afterGreeting(i: number): number | undefined {
    const next = i + 1;
    if (next >= this.words.length) return undefined;
    const gap = this.text.slice(this.words[i]!.end, this.words[next]!.start);
    if (!/^[ \u00a0]{0,2},?[ \u00a0]{1,2}$/.test(gap) || this.words[next]!.sentenceStart) return undefined;
    if (TITLES.has(this.lowers[next]!)) return undefined;
    const nw = this.words[next]!;
    if (nw.capital && !nw.allCaps) {
      if (this.isFunctionWord(next) || !this.nameEvidence(next)) return undefined;
      const run = this.readName(next, true);
      return run && this.emit(run, SCORES.greeting, 'greeting', true);
    }
    if (this.lowercaseNameOk(next)) return this.emit({ first: next, last: next }, SCORES.greeting, 'greeting', false);
    return undefined;
  }

  private capitalised(i: number): number | undefined {
    const w = this.words[i]!;
    if (this.isFunctionWord(i) || PLACE_PREFIXES.has(this.lowers[i]!) || PARTICLES.has(this.lowers[i]!)) return undefined;
    if (this.afterPlacePrefix(i)) return undefined;
    const rank = this.firstRank(i);
    if (rank > 0) {
      const run = this.readName(i, false);
      if (!run) return undefined;
      const multi = run.last > i;
      const ordinary = this.lex.isOrdinaryWord(w.text) || this.lex.isOrdinaryWord(this.stem(i));
      if (!multi) {
        if (ordinary || (w.sentenceStart && this.lex.isEnglishWord(w.text))) return undefined;
        if (this.nounContext(i, rank) || this.placeContext(i)) return undefined;
      }
      if (multi && ordinary && !this.nameEvidence(i + 1)) return undefined;
      if (multi) return this.emit(run, SCORES.fullName, 'first-and-surname', true);
      const score = rank === 3 ? SCORES.firstNameCommon : rank === 2 ? SCORES.firstNameFrequent : SCORES.firstNameKnown;
      return this.emit(run, score, 'first-name', false);
    }
    if (i > 0 && w.joined && SPEECH_VERBS.has(this.lowers[i - 1]!) && this.speechContext(i - 1)) {
      if (looksLikeNoun(w.text)) return undefined;
      const run = this.readName(i, false);
      return run && this.emit(run, SCORES.speech, 'speech', false);
    }
    if (this.unknownName(i)) {
      // "Teemu Tainio", "Rabiye Kurnaz": an unknown word before a surname, mid-sentence.
      const next = i + 1;
      const pair =
        !w.sentenceStart &&
        this.adjacent(next) &&
        this.words[next]!.capital &&
        this.firstRank(next) === 0 &&
        this.surnameLike(next) &&
        !this.lex.isOrdinaryWord(this.words[next]!.text) &&
        !(next + 1 < this.words.length && this.words[next + 1]!.joined && this.words[next + 1]!.capital);
      if (pair) return this.emit({ first: i, last: next }, SCORES.unknownPair, 'unknown-first-and-surname', true);
      if (this.personVerbAfter(i)) return this.emit({ first: i, last: i }, SCORES.personVerb, 'person-verb', true);
    }
    if (
      !w.sentenceStart &&
      !this.lex.isOrdinaryWord(w.text) &&
      this.loneSurname(i) &&
      !this.nounContext(i, 0) &&
      !(w.joined && PREPOSITIONS.has(this.lowers[i - 1]!))
    ) {
      const run = this.readName(i, false);
      return run && this.emit(run, SCORES.surname, 'surname', false);
    }
    if (this.standaloneSurname(i)) return this.emit({ first: i, last: i }, SCORES.listedSurname, 'listed-surname', true);
    return undefined;
  }

  /**
   * A listed surname that is no ordinary word ("Schröder", "Kowalski"), alone: not after an
   * article or a place preposition ("in Amberg"), not inside a longer proper name ("Bilfinger
   * Berger", "Dow Jones Indexes", "Weiler-"), and at a sentence start only before a verb
   * ("Kolb war …", "Röttgen bestätigte …").
   */
  private standaloneSurname(k: number): boolean {
    const w = this.words[k]!;
    if (w.allCaps || !this.listedSurname(k) || this.lex.isOrdinaryWord(w.text) || this.nounContext(k, 0)) return false;
    if (this.placeContext(k) || this.afterPlacePrefix(k)) return false;
    if (k > 0 && w.joined && this.words[k - 1]!.capital && !w.sentenceStart) return false;
    if (this.text.charCodeAt(w.end) === 45) return false; // "Weiler- und Feriensiedlungen"
    // A genitive ends the name and may open the sentence: "Schröders Antrag", "über Zabels Entscheidung".
    if (!this.lex.isStandaloneSurname(w.text)) return true;
    const next = k + 1;
    if (this.adjacent(next) && this.words[next]!.capital && !this.words[next]!.sentenceStart) return false;
    if (!w.sentenceStart) return true;
    return this.adjacent(next) && (FINITE_VERBS.has(this.lowers[next]!) || PERSON_VERBS_AFTER.has(this.lowers[next]!));
  }

  private fromInitial(i: number): number | undefined {
    const next = i + 1;
    if (!this.adjacent(next)) return undefined;
    const nw = this.words[next]!;
    if (!(nw.capital || this.isInitial(next)) || nw.allCaps || this.isFunctionWord(next) || looksLikeNoun(nw.text))
      return undefined;
    const run = this.readName(i, false);
    if (!run || run.last === i) return undefined;
    return this.emit(run, SCORES.initial, 'initial', true);
  }

  private lowercaseChatName(i: number): number | undefined {
    const w = this.words[i]!;
    const cued = i > 0 && w.joined && CHAT_NAME_CUES.has(this.lowers[i - 1]!);
    // "lena hat mir geschrieben", "jake is self-harming", "olivia's dad": a chat message
    // starting with a lower-case name and a verb or a possessive.
    const starts = w.sentenceStart && (this.possessive(i) || (this.adjacent(i + 1) && CHAT_VERBS.has(this.lowers[i + 1]!)));
    if (!cued && !starts) return undefined;
    if (!this.lowercaseNameOk(i)) return undefined;
    return this.emit({ first: i, last: i }, SCORES.chatLowercase, 'chat-lowercase', false);
  }

  private possessive(k: number): boolean {
    return /['’]s$/.test(this.lowers[k]!);
  }

  /** A capitalised word that could be an unknown name: no article, no noun ending, no place context. */
  private unknownName(k: number): boolean {
    const w = this.words[k]!;
    return (
      !w.allCaps &&
      !looksLikeNoun(w.text) &&
      !this.lex.isOrdinaryWord(w.text) &&
      !this.nounContext(k, 0) &&
      !this.placeContext(k) &&
      !this.isBreaker(this.lowers[k]!) &&
      !(k > 0 && w.joined && PREPOSITIONS.has(this.lowers[k - 1]!) && this.lowers[k - 1] !== 'und')
    );
  }

  /**
   * "Ramelow erklärte", but not "Dramen kritisierte er" (object first, subject after the verb)
   * nor plural nouns in -en.
   */
  private personVerbAfter(k: number): boolean {
    const next = k + 1;
    if (!(next < this.words.length && this.words[next]!.joined && PERSON_VERBS_AFTER.has(this.lowers[next]!))) return false;
    if (this.lowers[k]!.endsWith('en') && !this.loneSurname(k)) return false;
    const after = this.lowers[next + 1];
    return after === undefined || !(FUNCTION_WORDS.has(after) || DETERMINERS.has(after)) || !this.words[next + 1]!.joined;
  }

  /** Repeated surname alone after a full name: "Angela Merkel … sagte Merkel". */
  private findRepeated(): void {
    for (let i = 0; i < this.words.length; i++) {
      if (this.taken[i] || !this.words[i]!.capital) continue;
      const lw = this.lowers[i]!;
      const stem = lw.endsWith('s') ? lw.slice(0, -1) : lw;
      if (this.surnames.has(lw) || this.surnames.has(stem)) this.emit({ first: i, last: i }, SCORES.repeated, 'repeated', false);
    }
  }

  /**
   * Reads a name from word `start`: capitalised words, initials and inner particles, all
   * separated by spaces only. After a cue the first word may be anything capitalised.
   */
  private readName(start: number, afterCue: boolean): NameRun | undefined {
    const n = this.words.length;
    let last = -1;
    let count = 0;
    let unknown = 0;
    let k = start;
    while (k < n && count < MAX_NAME_WORDS) {
      const w = this.words[k]!;
      const lw = this.lowers[k]!;
      if (k > start && (!w.joined || w.sentenceStart)) break;
      if (this.isInitial(k)) {
        last = k;
        count++;
        k++;
        continue;
      }
      // "von der Leyen", but not "Neil Armstrong den Mond": der/den/des/dem only after von/van/de.
      const articleParticle = ARTICLE_PARTICLES.has(lw) && !(k > 0 && INNER_ARTICLE_LEADS.has(this.lowers[k - 1]!));
      // "Karl-Theodor zu Guttenberg", but not "… von Scheffel zu Gast".
      const misplacedZu = lw === 'zu' && !(k > 0 && (this.firstRank(k - 1) > 0 || this.lowers[k - 1] === 'von'));
      if (!w.capital && PARTICLES.has(lw) && !articleParticle && !misplacedZu && (k > start || (afterCue && OPENING_PARTICLES.has(lw)))) {
        let m = k + 1;
        while (m < n && m < k + 3 && PARTICLES.has(this.lowers[m]!) && this.words[m]!.joined) m++;
        if (m < n && this.words[m]!.joined && this.words[m]!.capital && !this.isFunctionWord(m)) {
          k = m;
          unknown = 0; // the surname after a particle: "Heinrich Gottlob von Miltitz"
          continue;
        }
        break;
      }
      // Regnal numbers: "Elisabeth II.", "Bernhard IV.".
      if (k > start && last === k - 1 && w.allCaps && ROMAN_NUMERAL.test(w.text)) {
        last = k;
        k++;
        break;
      }
      // Right after a title a known name wins over its other readings: "Mr Allen", "Mrs King".
      const titledName = k === start && afterCue && w.capital && this.knownName(k);
      // Shouting: "HERR SCHULZ HAT …" accepts upper-case names when the cue was upper case too.
      const shouted = w.allCaps && k > 0 && this.words[k - 1]!.allCaps && (k === start || this.knownName(k));
      if (!w.capital || (w.allCaps && !shouted)) break;
      if (!titledName && (this.isFunctionWord(k) || this.isBreaker(lw))) break;
      if (this.isInstitution(w.text)) return undefined;
      const evidence = this.nameEvidence(k);
      if (k > start && looksLikeStrongNoun(w.text) && !evidence) break;
      // At most one unknown word after a first name ("Kurt Miller", not "Kurt Miller Grund"),
      // two after a title; names rarely run longer.
      if (!evidence && (k > start || afterCue) && ++unknown > (afterCue ? 2 : 1)) break;
      last = k;
      count++;
      k++;
      // A genitive ends the name: "Heidi Klums Modelsuche", "Melanies Eltern".
      if (w.text.endsWith('s') && w.text.length > 3 && !this.lex.isSurname(w.text) && this.lex.firstNameRank(w.text) === 0) break;
    }
    if (last < 0) return undefined;
    if (last + 1 < n && this.words[last + 1]!.joined && INSTITUTION_NOUNS.has(this.lowers[last + 1]!)) return undefined;
    if (!afterCue && last === start && this.isInitial(start)) return undefined;
    return { first: start, last };
  }

  private emit(run: NameRun, score: number, reason: string, rememberSurname: boolean): number | undefined {
    for (let k = run.first; k <= run.last; k++) if (this.taken[k]) return undefined;
    for (let k = run.first; k <= run.last; k++) this.taken[k] = 1;
    const first = this.words[run.first]!;
    const last = this.words[run.last]!;
    let end = this.isInitial(run.last) || (last.dot && ROMAN_NUMERAL.test(last.text)) ? last.end + 1 : last.end;
    if (this.possessive(run.last)) end -= 2; // "olivia's": the name only
    this.spans.push({ category: 'name', kind: 'person', start: first.start, end, score, reason });
    if (rememberSurname && !this.isInitial(run.last) && this.words[run.last]!.capital) {
      const surname = this.lowers[run.last]!;
      if (run.last > run.first || this.firstRank(run.last) === 0) this.surnames.add(surname);
    }
    return run.last;
  }

  private adjacent(k: number): boolean {
    return k < this.words.length && this.words[k]!.joined;
  }

  private isInitial(k: number): boolean {
    const w = this.words[k]!;
    return w.text.length === 1 && w.capital && w.dot;
  }

  private isFunctionWord(k: number): boolean {
    return FUNCTION_WORDS.has(this.lowers[k]!);
  }

  private isBreaker(lw: string): boolean {
    return TITLES.has(lw) || RELATION_ROLES.has(lw) || PUBLIC_ROLES.has(lw) || INSTITUTION_NOUNS.has(lw) || GREETINGS.has(lw);
  }

  /** "Karl-Marx-Straße", "Gutenberg-Universität": a compound ending in an institution noun. */
  private isInstitution(word: string): boolean {
    const dash = word.lastIndexOf('-');
    return dash > 0 && INSTITUTION_NOUNS.has(word.slice(dash + 1).toLowerCase());
  }

  /**
   * First-name rank, also for the genitive of frequent names ("Annas", "Kevins"); rare stems
   * are left out because plural nouns end in -s too ("Links", "Fans").
   */
  private firstRank(k: number): number {
    const word = this.words[k]!.text.replace(/['’]s$/, '');
    const rank = this.lex.firstNameRank(word);
    if (rank > 0 || word.length < 5 || !word.endsWith('s')) return rank;
    const stemRank = this.lex.firstNameRank(word.slice(0, -1));
    return stemRank >= 2 ? stemRank : 0;
  }

  private stem(k: number): string {
    const word = this.words[k]!.text;
    return word.endsWith('s') ? word.slice(0, -1) : word;
  }

  /**
   * A determiner (maybe with an adjective) or a number before the word makes it a noun:
   * "der Koch", "seinem Tod", "der neue Server", "15 Tore". Colloquial "die Anna" stays a
   * name for common first names (rank 3) after a plain article.
   */
  private nounContext(k: number, rank: number): boolean {
    if (k === 0) return false;
    const gap = this.text.slice(this.words[k - 1]!.end, this.words[k]!.start);
    if (/\d/.test(gap)) return true;
    if (/[.!?:;,()"„“”«»]/.test(gap)) return false;
    const previous = this.lowers[k - 1]!;
    if (DETERMINERS.has(previous)) return !(rank === 3 && COLLOQUIAL_ARTICLES.has(previous));
    if (k >= 2 && !this.words[k - 1]!.capital && /(?:e|en|er|es|em)$/.test(previous)) {
      const gap2 = this.text.slice(this.words[k - 2]!.end, this.words[k - 1]!.start);
      return !/[.!?:;,]/.test(gap2) && DETERMINERS.has(this.lowers[k - 2]!);
    }
    return false;
  }

  /** "in Florenz", "nach Hudson": a single capitalised word after a preposition of place. */
  private placeContext(k: number): boolean {
    return k > 0 && this.words[k]!.joined && PLACE_PREPOSITIONS.has(this.lowers[k - 1]!);
  }

  /** "St. Paul", "Sankt Peter", "San Marino". */
  private afterPlacePrefix(k: number): boolean {
    if (k === 0 || !PLACE_PREFIXES.has(this.lowers[k - 1]!)) return false;
    return /^\s*\.?\s{1,2}$/.test(this.text.slice(this.words[k - 1]!.end, this.words[k]!.start));
  }

  private surnameLike(k: number): boolean {
    const word = this.words[k]!.text;
    if (this.lex.isSurname(word) || looksLikeSurname(word)) return true;
    return word.length > 4 && word.endsWith('s') && this.lex.isSurname(word.slice(0, -1));
  }

  /**
   * A surname standing alone. Only the shape counts ("Kowalczyk", "Petrović"): the surname
   * lists hold too many everyday nouns ("Wasser", "Kopf", "Bürger") to trust them alone.
   */
  private loneSurname(k: number): boolean {
    const word = this.words[k]!.text;
    return looksLikeSurname(word) || (word.endsWith('s') && looksLikeSurname(word.slice(0, -1)));
  }

  /** On the surname list and no ordinary word (built against a German noun list): "Schröder", "Schröders". */
  private listedSurname(k: number): boolean {
    const word = this.words[k]!.text;
    if (this.lex.isStandaloneSurname(word)) return true;
    return word.length > 4 && word.endsWith('s') && this.lex.isStandaloneSurname(word.slice(0, -1));
  }

  private knownName(k: number): boolean {
    return this.firstRank(k) > 0 || this.surnameLike(k);
  }

  /** Evidence that a capitalised word is a name, whatever its other meanings. */
  private nameEvidence(k: number): boolean {
    return k < this.words.length && (this.isInitial(k) || this.knownName(k));
  }

  /** A lower-case chat name: a frequent first name that is no ordinary German or English word. */
  private lowercaseNameOk(k: number): boolean {
    const w = this.words[k]!;
    const word = w.text.replace(/['’]s$/, '');
    return (
      !w.capital &&
      this.lex.firstNameRank(word) >= 2 &&
      !this.isFunctionWord(k) &&
      !this.lex.isOrdinaryWord(w.text) &&
      !this.lex.isEnglishWord(w.text)
    );
  }

  /** "so" marks speech only after a comma: ", so Müller". */
  private speechContext(verb: number): boolean {
    if (this.lowers[verb] !== 'so') return true;
    const before = verb > 0 ? this.text.slice(this.words[verb - 1]!.end, this.words[verb]!.start) : '';
    return before.includes(',');
  }
}

/** Finite verbs that follow a subject at a sentence start: "Kolb war …", "Huber will …". */
const FINITE_VERBS = new Set([
  'war', 'ist', 'hat', 'hatte', 'wurde', 'wird', 'will', 'wollte', 'kann', 'konnte', 'muss',
  'musste', 'soll', 'sollte', 'darf', 'durfte', 'habe', 'sei', 'hätte', 'wäre', 'würde', 'bleibt',
  'blieb', 'gilt', 'galt', 'kam', 'kommt', 'ging', 'geht', 'gab', 'gibt', 'erhielt', 'bekam',
  'übernahm', 'gewann', 'verlor', 'spielte', 'lebte', 'arbeitete', 'wohnt', 'wohnte', 'möchte',
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could',
]);
const COLLOQUIAL_ARTICLES = new Set(['der', 'die', 'den', 'dem']);
/** Verbs after a lower-case name at the start of a chat message. */
const CHAT_VERBS = new Set([
  'hat', 'ist', 'war', 'hatte', 'wurde', 'wird', 'kommt', 'kam', 'will', 'kann', 'muss', 'soll',
  'sagt', 'meint', 'schreibt', 'schrieb', 'geht', 'ging', 'braucht', 'wohnt', 'fragt', 'is', 'was',
  'has', 'had', 'says', 'said', 'got', 'gets', 'needs', 'wants', 'went', 'told', 'called',
]);
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
const ARTICLE_PARTICLES = new Set(['der', 'den', 'des', 'dem']);
const INNER_ARTICLE_LEADS = new Set(['von', 'van', 'de', 'di']);

function isPublicRole(lw: string): boolean {
  if (PUBLIC_ROLES.has(lw)) return true;
  for (const ending of ROLE_ENDINGS) if (lw.length > ending.length + 1 && lw.endsWith(ending)) return true;
  return false;
}

export const recognizer: Recognizer = {
  id: 'person-name',
  kinds: ['person'],
  recognize(ctx: ScanContext): Span[] {
    if (typeof ctx?.text !== 'string' || ctx.text.length === 0) return [];
    return findPersonNames(ctx.text);
  },
};
