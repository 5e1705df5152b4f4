/**
 * Who speaks, about whom: the structure of a draft the severity needs to tie a sensitive cue
 * to a person the way a reader does — by sentence, pronoun and possessive, not by character
 * distance. Pure and lazy: scoring asks for it only when a draft has a sensitive cue.
 *
 *  - sentences: boundaries at line breaks and at . ! ? … before white space (not after an
 *    abbreviation, an initial or a number: "Frau K. aus", "Dr. Wagner", "in der 20. Woche");
 *  - per sentence: third-person pronouns (er/sie/ihm/his/her …), second person (du/dein/Sie
 *    mid-sentence/you …), bare kinship words ("mama is total fertig") and descriptors ("der
 *    junge Mann aus Zimmer 12");
 *  - the organisation's own voice: wir/unser/uns, calls to action, opening hours, donation
 *    accounts, job ads, events, "Ihre Ansprechpartnerin …";
 *  - people in professional or public roles (Referentin, Dr., Leiter, Pastor, Oberbürgermeisterin,
 *    a contact person with the service phone), who are not clients;
 *  - topic frames: a cue inside a quoted title or next to "Aktionstag", "Vortrag", "workshop".
 */
import type { Span } from './recognizer';

export interface Discourse {
  readonly text: string;
  readonly lower: string;
  /** Start offset of each sentence, ascending; sentence i is [starts[i], starts[i+1]). */
  readonly starts: readonly number[];
  sentenceOf(offset: number): number;
  /** Per sentence: a third-person pronoun or a descriptor of one person. */
  readonly thirdPerson: readonly boolean[];
  /** Per sentence: "sie"/"er"/"she"/"he" as a word (a subject, not a possessive). */
  readonly subject: readonly boolean[];
  readonly secondPerson: readonly boolean[];
  readonly kinship: readonly boolean[];
  /** How many distinct markers of the organisation's own voice the draft has. */
  readonly orgVoice: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'fr',
  'hr',
  'ca',
  'bzw',
  'vgl',
  'nr',
  'str',
  'fam',
  'mr',
  'mrs',
  'ms',
  'st',
  'inkl',
  'ggf',
  'evtl',
  'tel',
  'usw',
  'z',
  'b',
  'u',
  'e',
  'v',
  'geb',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
]);

/** Module-level and not global: test() keeps no state between calls. */
const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/;

function isLetter(c: string): boolean {
  return LETTER_RE.test(c);
}

export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      starts.push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    const next = text[i + 1];
    // The end of the draft or a period inside a word ("z.B", "3.6.") ends no sentence.
    if (next === undefined || !SPACE_RE.test(next)) continue;
    if (c === '.') {
      // The word before the period: an abbreviation, an initial or a number does not end it.
      let k = i - 1;
      while (k >= 0 && isLetter(text[k]!)) k--;
      const word = text.slice(k + 1, i).toLowerCase();
      if (word.length === 0 || word.length === 1 || ABBREVIATIONS.has(word)) continue;
    }
    starts.push(i + 1);
  }
  return starts;
}

const THIRD = new Set([
  'er',
  'ihm',
  'ihn',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'seiner',
  'seines',
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  'himself',
  'herself',
  "he's",
  "she's",
]);
/** Lower-case only: capitalised mid-sentence they are the formal "you". */
const SUBJECTS = new Set(['er', 'sie', 'he', 'she', "he's", "she's"]);
// "ihr" is left out: lower-case it is as often "you" (plural) as "her".
const THIRD_LOWER = new Set(['sie', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres']);
/** A generic subject makes the sentence's pronouns generic: "jeder fünfte Mensch … seines Lebens". */
const GENERIC =
  /(?<![\p{L}])(?:jede[rs]? (?:fünfte|vierte|dritte|zweite|zehnte|mensch|person|frau|mann|kind)|anyone|everyone|one in \p{L}+|menschen mit|people with)(?![\p{L}])/u;
const SECOND = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinem',
  'deinen',
  'deiner',
  'deines',
  'you',
  'your',
  'yours',
  "you're",
  "you've",
  'ur',
]);
const FORMAL = new Set(['Sie', 'Ihr', 'Ihre', 'Ihrem', 'Ihren', 'Ihrer', 'Ihres', 'Ihnen']);
const KIN = new Set([
  'mutter',
  'mama',
  'mutti',
  'vater',
  'papa',
  'mum',
  'mom',
  'dad',
  'mother',
  'father',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'freund',
  'freundin',
  'sohn',
  'tochter',
  'son',
  'daughter',
  'bruder',
  'schwester',
  'oma',
  'opa',
  'eltern',
  'parents',
  'familie',
  'family',
  'kinder',
  'kids',
]);
/** One person described without a name: "der junge Mann", "die Kleine", "the 19yo". */
const DESCRIPTOR =
  /(?<![\p{L}])(?:(?:der|die|den|dem) (?:junge|jüngste|jüngsten|älteste|ältesten|kleine|kleinen|große|neue|neuen) ?(?:mann|frau|typ|mädchen|junge)?|aus zimmer \d+|\d+ ?(?:yo|jährige\p{L}*)|the \p{L}+ family|fam(?:ilie)?\.? \p{Lu})(?![\p{L}])/u;

/** Markers of the organisation speaking for itself (public posts, announcements, job ads). */
const ORG_MARKERS: readonly RegExp[] = [
  /(?<![\p{L}])(?:wir|unser\p{L}*|uns)(?![\p{L}])/u,
  /(?<![\p{L}])(?:we|our|us)(?![\p{L}'])/u,
  /(?:we're|we are) (?:hiring|moving|looking)|wir suchen|stellenanzeige|\(m\/[wf]\/d\)|m\/[wf]\/d|bewerbung\p{L}*|applications? by/u,
  /öffnungszeit\p{L}*|sprechstunde|sprechzeit|drop-in|opening hours|(?:mo|montag)\s*(?:–|-|bis)\s*(?:fr|freitag)|mon(?:day)?\s*(?:–|-|to)\s*(?:fri|thu)/u,
  /spende\p{L}*|verwendungszweck|donation\p{L}*|donate/u,
  /ohne (?:anmeldung|termin)|eintritt frei|free entry|kostenlos|anonym|no appointment|free of charge|kommt vorbei|come along|join us|meldet euch|schreibt uns|ruft (?:uns )?an/u,
  /ansprechpartner\p{L}*|ansprechperson|kontakt:|infos? bei|contact (?:our|us)|questions\?|fragen\?/u,
  /#\p{L}/u,
  /website|webseite|homepage|instagram|newsletter/u,
  /infoabend|info evening|vortrag|veranstaltung|save the date|tag der offenen tür|open day|workshop|fortbildung|fachtag|aktionstag|awareness|welt-?\p{L}*tag|world \p{L}+ day/u,
  /\d{1,2}(?::\d{2})?\s*(?:–|-|bis)\s*\d{1,2}(?::\d{2})?\s*(?:uhr|am|pm)/u,
];

const WE = /(?<![\p{L}])(?:wir|unser\p{L}*|uns|we|our|us)(?![\p{L}'])/gu;

export function orgVoiceOf(lower: string): number {
  let n = 0;
  for (const marker of ORG_MARKERS) if (marker.test(lower)) n++;
  // "Unser Projekt … für uns": the first person plural again and again is the organisation.
  let we = 0;
  for (const _ of lower.matchAll(WE)) if (++we >= 3) break;
  if (we >= 3) n++;
  return n;
}

/**
 * Letters as a plain class for the expressions that run over the whole draft: without the u
 * flag V8 matches a Latin-1 draft with its fast one-byte code (see src/detect/cues/compile.ts).
 */
const LETTER = 'a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const plain = (re: RegExp) =>
  new RegExp(
    re.source.replaceAll('[\\p{L}]', `[${LETTER}]`).replaceAll('\\p{Lu}', '[A-Z]').replaceAll('\\p{L}', `[${LETTER}]`),
    'g',
  );
const WORD = new RegExp(`[${LETTER}'’]+`, 'g');
const GENERIC_ALL = plain(GENERIC);
const DESCRIPTOR_ALL = plain(DESCRIPTOR);
const FAMILY_ALL = /fam(?:ilie)?\.? \p{Lu}/gu;

/** Per sentence: the pronoun, person and kinship flags the links read. */
interface PersonFlags {
  thirdPerson: boolean[];
  subject: boolean[];
  secondPerson: boolean[];
  kinship: boolean[];
}

/** One pass over the words; "first" is the first word of its sentence. */
function personFlags(
  text: string,
  lower: string,
  starts: readonly number[],
  sentenceOf: (o: number) => number,
): PersonFlags {
  const count = starts.length;
  const thirdPerson: boolean[] = new Array<boolean>(count).fill(false);
  const secondPerson: boolean[] = new Array<boolean>(count).fill(false);
  const subject: boolean[] = new Array<boolean>(count).fill(false);
  const kinship: boolean[] = new Array<boolean>(count).fill(false);
  let s = 0;
  let first = true;
  for (const match of text.matchAll(WORD)) {
    const at = match.index;
    while (s + 1 < count && starts[s + 1]! <= at) {
      s++;
      first = true;
    }
    const word = match[0];
    const full = lower.slice(at, at + word.length);
    const lw = full.endsWith("'s") || full.endsWith('’s') ? full.slice(0, -2) : full;
    if (THIRD.has(full) || THIRD.has(lw)) thirdPerson[s] = true;
    else if (THIRD_LOWER.has(word) || (first && THIRD_LOWER.has(lw))) thirdPerson[s] = true;
    if (SUBJECTS.has(word) || SUBJECTS.has(lw) || (first && lw === 'sie')) subject[s] = true;
    if (SECOND.has(lw) || (!first && FORMAL.has(word))) secondPerson[s] = true;
    if (KIN.has(lw)) kinship[s] = true;
    first = false;
  }
  for (const match of lower.matchAll(GENERIC_ALL))
    thirdPerson[sentenceOf(match.index)] = subject[sentenceOf(match.index)] = false;
  for (const match of lower.matchAll(DESCRIPTOR_ALL)) thirdPerson[sentenceOf(match.index)] = true;
  for (const match of text.matchAll(FAMILY_ALL)) thirdPerson[sentenceOf(match.index)] = true;
  return { thirdPerson, subject, secondPerson, kinship };
}

/**
 * A class, not an object literal with getters and closures: one allocation per scan, and the
 * per-sentence flags and the organisation voice are derived only when a rule reads them.
 */
class ScanDiscourse implements Discourse {
  readonly lower: string;
  readonly starts: readonly number[];
  private flags: PersonFlags | undefined;
  private org: number | undefined;

  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
    this.starts = sentenceStarts(text);
  }

  sentenceOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // Read lazily: a draft whose cue shares its sentence with a client's name, or that has only
  // identifiers, never needs the pass over its words.
  private get personFlags(): PersonFlags {
    return (this.flags ??= personFlags(this.text, this.lower, this.starts, (o) => this.sentenceOf(o)));
  }
  get thirdPerson(): readonly boolean[] {
    return this.personFlags.thirdPerson;
  }
  get subject(): readonly boolean[] {
    return this.personFlags.subject;
  }
  get secondPerson(): readonly boolean[] {
    return this.personFlags.secondPerson;
  }
  get kinship(): readonly boolean[] {
    return this.personFlags.kinship;
  }
  private quotes: readonly (readonly number[])[] | undefined;
  /**
   * How many of each quote mark („ “ ” ") lie in [from, to): positions found once per scan,
   * so a long sentence with many cues is not re-read from its start for each of them.
   */
  quotesBetween(from: number, to: number): [number, number, number, number] {
    const positions = (this.quotes ??= QUOTE_MARKS.map((mark) => indexesOf(this.text, mark)));
    return [0, 1, 2, 3].map((k) => countBelow(positions[k]!, to) - countBelow(positions[k]!, from)) as [
      number,
      number,
      number,
      number,
    ];
  }
  /** Only announcements (public surfaces) ask; a chat never pays for it. */
  get orgVoice(): number {
    return (this.org ??= orgVoiceOf(this.lower));
  }
}

const QUOTE_MARKS = ['\u201e', '\u201c', '\u201d', '"'];

function indexesOf(text: string, mark: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) out.push(at);
  return out;
}

/** How many of the ascending `positions` are below `limit`. */
function countBelow(positions: readonly number[], limit: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function discourseOf(text: string): Discourse {
  return new ScanDiscourse(text);
}

/** Role words right before a name: "Referentin ist Frau Dr. Fuchs", "our coordinator Ben Walker". */
const ROLE_BEFORE =
  /(?:referent(?:in)?|dr|prof|leiter(?:in)?|leitung|teamleitung|kolleg(?:e|in|en)|ansprechpartner(?:in)?|ansprechperson|pastor(?:in)?|pfarrer(?:in)?|bürgermeister(?:in)?|oberbürgermeister(?:in)?|vorstand|stiftungsvorstand|direktor(?:in)?|geschäftsführer(?:in)?|rechtsanwalt|rechtsanwältin|anwalt|anwältin|oberarzt|oberärztin|chefarzt|chefärztin|ärztin|arzt|psycholog(?:e|in)|sozialarbeiter(?:in)?|sozialpädagog(?:e|in)|koordinator(?:in)?|moderator(?:in)?|minister(?:in)?|schirmherr(?:in)?|trainer(?:in)?|infos? bei|meldet euch bei|melde dich bei|wendet euch an|fragen an|kontakt|coordinator|team lead|colleague|speaker|nutritionist|psychologist|lawyer|director|chaplain|mayor|hosted by|contact|manager|counsell?or|officer|caseworker|von links)(?:\s+(?:ist|sind|war|wird|is|are|was|will be))?[\s:,.]*(?:(?:frau|herr|mr|mrs|ms|dr|prof)\.?\s*)*$/u;
/** A role right after a name: "Herr Jung, Leiter der Ausländerbehörde", "Frau Roth vom Dienst". */
const ROLE_AFTER =
  /^\s*(?:,\s*|\(\s*)?(?:leiter(?:in)?|oberarzt|oberärztin|sozialarbeiter(?:in)?|referent(?:in)?|koordinator(?:in)?|vom|von der|vom team|aus dem team|unsere?r? |our |head of|from the|of the)(?![\p{L}])/u;

/** A greeting right before a name: "Hallo Herr Berger", "Liebe Frau Becker", "Dear Mr Schulz". */
const GREETING_BEFORE =
  /(?:^|[^\p{L}])(?:hallo|hi|hey|liebe[rs]?|dear|guten (?:tag|morgen|abend)|moin|servus|sehr geehrte[rs]?|hello)[\s,]+(?:(?:frau|herr|mr|mrs|ms|dr)\.?\s+)*$/u;

export type PersonRole = 'client' | 'staff' | 'addressee';

/**
 * The role of each name span: staff (a professional or public role, a contact person in the
 * organisation's own voice, or the same name as one of those), the person addressed (a
 * greeting or an @-mention), or someone talked about (a client, as far as we can tell).
 */
export function rolesOf(
  names: readonly Span[],
  identifiers: readonly Span[],
  d: Discourse,
  orgVoice = d.orgVoice >= 2,
): PersonRole[] {
  // Per sentence, counted once: where its last identifier starts, how many full names it has.
  const lastIdentifier = new Map<number, number>();
  for (const id of identifiers) {
    const s = d.sentenceOf(id.start);
    lastIdentifier.set(s, Math.max(lastIdentifier.get(s) ?? -1, id.start));
  }
  const fullNames = new Map<number, number>();
  for (const o of names) {
    if (!/\s/.test(d.text.slice(o.start, o.end))) continue;
    const s = d.sentenceOf(o.start);
    fullNames.set(s, (fullNames.get(s) ?? 0) + 1);
  }
  const roles: PersonRole[] = names.map((span) => {
    if (span.reason === 'role') return 'staff';
    const s = d.sentenceOf(span.start);
    const sentenceStart = d.starts[s]!;
    const before = d.lower.slice(Math.max(sentenceStart, span.start - 60), span.start);
    if (ROLE_BEFORE.test(before)) return 'staff';
    if (ROLE_AFTER.test(d.lower.slice(span.end, span.end + 30))) return 'staff';
    if (span.reason === 'greeting' || d.text[span.start - 1] === '@' || GREETING_BEFORE.test(before))
      return 'addressee';
    // A vocative opening the draft: "Andi, du bist so ein Kämpfer!"
    if (span.start === sentenceStart && d.text[span.end] === ',' && s === 0) return 'addressee';
    if (orgVoice) {
      // A contact person: the name and the service's phone or e-mail in one sentence.
      if ((lastIdentifier.get(s) ?? -1) > span.start) return 'staff';
      // A line-up ("Auf dem Foto: A B, C D und E F"): three or more full names in one sentence.
      if ((fullNames.get(s) ?? 0) >= 3) return 'staff';
    }
    return 'client';
  });
  // The same name again ("Maria Bauer … Maria") keeps its role.
  const staffWords = new Set<string>();
  names.forEach((span, i) => {
    if (roles[i] !== 'staff') return;
    for (const w of d.lower.slice(span.start, span.end).split(/\s+/)) if (w.length > 2) staffWords.add(w);
  });
  if (staffWords.size > 0) {
    names.forEach((span, i) => {
      if (roles[i] !== 'client') return;
      const words = d.lower.slice(span.start, span.end).split(/\s+/);
      if (words.some((w) => staffWords.has(w))) roles[i] = 'staff';
    });
  }
  return roles;
}

/** Event and topic words: a cue next to them is a topic ("Aktionstag Essstörungen", "trauma workshop"). */
const TOPIC_FRAME =
  /(?<![\p{L}])(?:aktionstag\p{L}*|welt-?\p{L}*tag|fortbildung\p{L}*|workshop\p{L}*|vortrag\p{L}*|fachtag\p{L}*|seminar\p{L}*|schulung\p{L}*|infoabend\p{L}*|info evening|kurs\p{L}*|course|training|tagung|flyer\p{L}*|slides|folien|studie\p{L}*|studies|statistik\p{L}*|zahlen|mythos|myth|awareness|jahresbericht|in numbers|in zahlen)(?![\p{L}])/u;

/** A cue word that is itself a service or a topic: "Suizidprävention", "Suchtberatungsstelle". */
const TOPIC_WORD =
  /(?:prävention|praevention|beratung|beratungsstelle|stelle|dienst|hilfe|tag|woche|kampagne|forschung|prevention|awareness)$/u;

export function inTopicFrame(span: Span, d: Discourse): boolean {
  // The lexicon reads its own compounds (Suchtberatung is a service); a cue family's "suizid…" does not.
  const word = d.lower.slice(span.start, span.end);
  if (span.reason?.startsWith('cue:') && !/\s/.test(word) && TOPIC_WORD.test(word)) return true;
  const s = d.sentenceOf(span.start);
  const from = d.starts[s]!;
  const to = s + 1 < d.starts.length ? d.starts[s + 1]! : d.text.length;
  // Up to three words on either side: "Aktionstag Essstörungen", "the trauma-informed care workshop".
  const before = d.lower
    .slice(Math.max(from, span.start - 40), span.start)
    .split(/[^\p{L}#-]+/u)
    .slice(-4);
  const after = d.lower
    .slice(span.end, Math.min(to, span.end + 40))
    .split(/[^\p{L}#-]+/u)
    .slice(0, 4);
  if (TOPIC_FRAME.test([...before, ...after].join(' '))) return true;
  // Inside a quoted title: „…“ (German) or "…" / “…” (English) opened before it in its sentence.
  const [low, high, closing, straight] =
    d instanceof ScanDiscourse ? d.quotesBetween(from, span.start) : quotesIn(d.text, from, span.start);
  if (low > 0) return low > high;
  return straight % 2 === 1 || high > closing;
}

function quotesIn(text: string, from: number, to: number): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (let k = from; k < to; k++) {
    const at = QUOTE_MARKS.indexOf(text[k]!);
    if (at >= 0) counts[at]!++;
  }
  return counts;
}
