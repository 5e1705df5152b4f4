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
import { wordTokens } from '../names/word-tokens';

/** Words before a role that make it one particular person. */
const REFERRING = new Set([
  'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'dein', 'deine', 'deinem', 'deinen',
  'deiner', 'deines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre',
  'ihrem', 'ihren', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer',
  'euer', 'eure', 'eurem', 'euren', 'eurer', 'der', 'die', 'den', 'dem', 'des', 'unsre',
  'my', 'your', 'his', 'her', 'their', 'our', 'the', 'ur',
]);

/**
 * Roles that refer to one person even after a plain article ("der Bewohner", "die Klientin");
 * family words need a possessive ("ihr Sohn"), since "die Mutter" alone is often generic.
 */
const CLIENT_ROLES = new Set([
  'klient', 'klientin', 'bewohner', 'bewohnerin', 'patient', 'patientin', 'mandant', 'mandantin',
  'jugendliche', 'jugendlicher', 'teilnehmer', 'teilnehmerin', 'client', 'resident', 'patient',
]);
const ARTICLES = new Set(['der', 'die', 'den', 'dem', 'des', 'the']);

/** Informal second person, any case. */
const INFORMAL = new Set([
  'du', 'dich', 'dir', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines', 'euch', 'euer',
  'eure', 'eurem', 'euren', 'eurer',
]);
/** Formal second person: only capitalised, and "Sie"/"Ihr…" only inside a sentence. */
const FORMAL = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres']);
const ENGLISH = new Set(['you', 'your', 'yours', 'yourself', 'ur']);
/** "Sie haben Pflegegrad 3": at a sentence start "Sie" with a plural verb is mostly formal "you". */
const FORMAL_START_VERBS = new Set([
  'haben', 'sind', 'können', 'müssen', 'sollen', 'sollten', 'werden', 'wollen', 'dürfen',
  'bekommen', 'brauchen', 'erhalten', 'hatten', 'waren', 'wurden', 'möchten', 'könnten',
]);

export const REFERENCE_SCORE = 0.6;
export const SECOND_PERSON_SCORE = 0.5;

export function findPersonReferences(text: string): Span[] {
  const words = wordTokens(text);
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.text.toLowerCase();
    if (RELATION_ROLES.has(lw) || CLIENT_ROLES.has(lw)) {
      const previous = i > 0 && w.joined ? words[i - 1]!.text.toLowerCase() : '';
      const next = words[i + 1];
      const von = next !== undefined && next.joined && next.text.toLowerCase() === 'von';
      const referring =
        (REFERRING.has(previous) && (!ARTICLES.has(previous) || CLIENT_ROLES.has(lw))) || von;
      if (referring) {
        const start = previous && !von ? words[i - 1]!.start : w.start;
        spans.push(signal('person-reference', start, von ? next.end : w.end, REFERENCE_SCORE, von ? 'relation-von' : 'relation'));
      }
      continue;
    }
    const next = words[i + 1];
    const formalStart = lw === 'sie' && w.text === 'Sie' && next !== undefined && next.joined && FORMAL_START_VERBS.has(next.text.toLowerCase());
    const reason = formalStart ? 'formal' : secondPerson(lw, w.text, w.sentenceStart);
    if (reason) spans.push(signal('second-person', w.start, w.end, SECOND_PERSON_SCORE, reason));
  }
  return spans;
}

function secondPerson(lw: string, word: string, sentenceStart: boolean): string | undefined {
  if (INFORMAL.has(lw)) return 'informal';
  if (ENGLISH.has(lw)) return 'english';
  // "Sie"/"Ihre" at a sentence start may be "she"/"her"; inside a sentence the capital is formal "you".
  if (FORMAL.has(lw) && word[0] === word[0]!.toUpperCase() && !sentenceStart) return 'formal';
  if (lw === 'ihnen' && word[0] === 'I') return 'formal';
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
