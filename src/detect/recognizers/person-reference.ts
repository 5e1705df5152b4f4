/**
 * Evidence that a draft is about an individual without naming them. Reported as signals
 * (never shown as findings): the severity ties them to health, special-category and social
 * terms, so "ihr Sohn ist in der Suchtklinik" warns although no name is written.
 *  - person-reference: a relation or client role with a possessive or article, "ihr Sohn",
 *    "meine Klientin", "der Bewohner", "Mutter von …", "his daughter", "my client".
 *  - second-person: the client addressed directly, "Ihre Therapie", "deine Bewährung",
 *    "wie geht es dir", "your appointment".
 * Initials ("Herr M.") are person findings of person-name, not signals.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';
import { RELATION_ROLES } from '../names/cues';
import { JOINED, SENTENCE_START, wordList } from '../names/word-tokens';

/** Words before a role that make it one particular person. */
const REFERRING = new Set([
  'mein',
  'meine',
  'meinem',
  'meinen',
  'meiner',
  'meines',
  'dein',
  'deine',
  'deinem',
  'deinen',
  'deiner',
  'deines',
  'sein',
  'seine',
  'seinem',
  'seinen',
  'seiner',
  'seines',
  'ihr',
  'ihre',
  'ihrem',
  'ihren',
  'ihrer',
  'ihres',
  'unser',
  'unsere',
  'unserem',
  'unseren',
  'unserer',
  'euer',
  'eure',
  'eurem',
  'euren',
  'eurer',
  'der',
  'die',
  'den',
  'dem',
  'des',
  'unsre',
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'the',
  'ur',
]);

/**
 * Roles that refer to one person even after a plain article ("der Bewohner", "die Klientin");
 * family words need a possessive ("ihr Sohn"), since "die Mutter" alone is often generic.
 */
const CLIENT_ROLES = new Set([
  'klient',
  'klientin',
  'bewohner',
  'bewohnerin',
  'patient',
  'patientin',
  'mandant',
  'mandantin',
  'jugendliche',
  'jugendlicher',
  'teilnehmer',
  'teilnehmerin',
  'client',
  'resident',
  'patient',
]);
const ARTICLES = new Set(['der', 'die', 'den', 'dem', 'des', 'the']);

/** Informal second person, any case. */
const INFORMAL = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinem',
  'deinen',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'eurem',
  'euren',
  'eurer',
]);
/** Formal second person: only capitalised, and "Sie"/"Ihr…" only inside a sentence. */
const FORMAL = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres']);
const ENGLISH = new Set(['you', 'your', 'yours', 'yourself', 'ur']);
/** "Sie haben Pflegegrad 3": at a sentence start "Sie" with a plural verb is mostly formal "you". */
const FORMAL_START_VERBS = new Set([
  'haben',
  'sind',
  'können',
  'müssen',
  'sollen',
  'sollten',
  'werden',
  'wollen',
  'dürfen',
  'bekommen',
  'brauchen',
  'erhalten',
  'hatten',
  'waren',
  'wurden',
  'möchten',
  'könnten',
]);

export const REFERENCE_SCORE = 0.6;
export const SECOND_PERSON_SCORE = 0.5;

// Every set above as one bit, so each word costs one Map lookup instead of one per set.
const RELATION = 1;
const CLIENT = 2;
const REFERS = 4;
const ARTICLE = 8;
const INFORMAL_BIT = 16;
const FORMAL_BIT = 32;
const ENGLISH_BIT = 64;
const FORMAL_START_VERB = 128;
let cueIndex: Map<string, number> | undefined;

function buildCueIndex(): Map<string, number> {
  const index = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bit: number) => {
    for (const word of set) index.set(word, (index.get(word) ?? 0) | bit);
  };
  add(RELATION_ROLES, RELATION);
  add(CLIENT_ROLES, CLIENT);
  add(REFERRING, REFERS);
  add(ARTICLES, ARTICLE);
  add(INFORMAL, INFORMAL_BIT);
  add(FORMAL, FORMAL_BIT);
  add(ENGLISH, ENGLISH_BIT);
  add(FORMAL_START_VERBS, FORMAL_START_VERB);
  return index;
}

export function findPersonReferences(text: string): Span[] {
  const words = wordList(text);
  const cues = (cueIndex ??= buildCueIndex());
  const { count: n, lower, flags } = words;
  const spans: Span[] = [];
  for (let i = 0; i < n; i++) {
    const lw = lower[i]!;
    const bits = cues.get(lw) ?? 0;
    if (bits === 0) continue; // neither a role nor a second-person word
    if ((bits & (RELATION | CLIENT)) !== 0) {
      const previous = i > 0 && (flags[i]! & JOINED) !== 0 ? lower[i - 1]! : '';
      const von = i + 1 < n && (flags[i + 1]! & JOINED) !== 0 && lower[i + 1] === 'von';
      const before = previous ? (cues.get(previous) ?? 0) : 0;
      const referring = ((before & REFERS) !== 0 && ((before & ARTICLE) === 0 || (bits & CLIENT) !== 0)) || von;
      if (referring) {
        const start = previous && !von ? words.start[i - 1]! : words.start[i]!;
        const end = von ? words.end[i + 1]! : words.end[i]!;
        spans.push(signal('person-reference', start, end, REFERENCE_SCORE, von ? 'relation-von' : 'relation'));
      }
      continue;
    }
    const formalStart =
      lw === 'sie' &&
      isSie(text, words.start[i]!, words.end[i]!) &&
      i + 1 < n &&
      (flags[i + 1]! & JOINED) !== 0 &&
      ((cues.get(lower[i + 1]!) ?? 0) & FORMAL_START_VERB) !== 0;
    const reason = formalStart
      ? 'formal'
      : secondPerson(bits, lw, text[words.start[i]!]!, (flags[i]! & SENTENCE_START) !== 0);
    if (reason) spans.push(signal('second-person', words.start[i]!, words.end[i]!, SECOND_PERSON_SCORE, reason));
  }
  return spans;
}

/** The word is written exactly "Sie". */
function isSie(text: string, start: number, end: number): boolean {
  return (
    end - start === 3 &&
    text.charCodeAt(start) === 83 &&
    text.charCodeAt(start + 1) === 105 &&
    text.charCodeAt(start + 2) === 101
  );
}

function secondPerson(bits: number, lw: string, first: string, sentenceStart: boolean): string | undefined {
  if ((bits & INFORMAL_BIT) !== 0) return 'informal';
  if ((bits & ENGLISH_BIT) !== 0) return 'english';
  // "Sie"/"Ihre" at a sentence start may be "she"/"her"; inside a sentence the capital is formal "you".
  if ((bits & FORMAL_BIT) !== 0 && first === first.toUpperCase() && !sentenceStart) return 'formal';
  if (lw === 'ihnen' && first === 'I') return 'formal';
  return undefined;
}

function signal(kind: string, start: number, end: number, score: number, reason: string): Span {
  return { category: 'name', kind, start, end, score, reason, signal: true };
}

export const recognizer: Recognizer = {
  id: 'person-reference',
  kinds: ['person-reference', 'second-person'],
  recognize(ctx: ScanContext): Span[] {
    if (typeof ctx?.text !== 'string' || ctx.text.length === 0) return [];
    return findPersonReferences(ctx.text);
  },
};
