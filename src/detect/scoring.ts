/**
 * Severity from spans, following the professional rules in issue 3, with the links of issue 11:
 *
 *   none    nothing relevant
 *   notice  a name alone; a sensitive topic with no individual; the organisation's own data;
 *           a single weak identifier (phone, e-mail, IBAN)
 *   warn    a sensitive term tied to a person who is not named (a relation "ihr Sohn", a
 *           pronoun, "Sie"/"du" in a chat, an age, "der junge Mann"); an institution tied to a
 *           person; a strong identifier (Steuer-ID, SVNR, KVNR, ID card, birth date, case no.,
 *           and a person's address)
 *   high    a sensitive term about an identifiable person (a client's name or an identifier, the
 *           person addressed with "du"/"your"); or several identifiers together, one strong
 *
 * A term is tied to a person when it is said about them: in the same sentence, or in a later
 * sentence that continues with a pronoun or possessive (see src/detect/discourse.ts) — not by
 * character distance. Staff, speakers and officials (roles) are not clients; the person
 * addressed counts only when the sentence speaks to them ("deine PrEP-Rezepte"); a term in a
 * topic frame ("Aktionstag Essstörungen", a quoted event title) is a topic. In the
 * organisation's own voice (a post with opening hours, a donation account, a job ad) its
 * phone numbers, addresses and accounts are the organisation's, and "du"/"Sie" is everyone.
 *
 * Pure: spans in, severity out. Signals (`signal: true`) count as person evidence only.
 * Without `text` (unit tests of the rules) the whole input is one sentence of a chat.
 */
import { discourseOf, inTopicFrame, rolesOf, type Discourse } from './discourse';
import type { Span } from './recognizer';
import type { Severity, Surface } from './types';

/** Identifiers that on their own single out a person (warn even without a sensitive term). */
export const STRONG_IDENTIFIERS: ReadonlySet<string> = new Set([
  'tax-id',
  'pension-insurance-number',
  'health-insurance-number',
  'id-card',
  'birth-date',
  'address',
  'case-number',
]);

/** Score tiers of lexicon terms (src/detect/lexicon/types.ts). */
export const SENSITIVE_MIN = 0.6;
export const INSTITUTION_MIN = 0.45;
/** Below this a name or identifier is too uncertain to tie a term to a person. */
export const EVIDENCE_MIN = 0.5;
/** A pronoun continues a person named this many sentences before. */
export const CONTINUATION_SENTENCES = 3;
/** This many markers of the organisation's own voice make a draft an announcement. */
export const ORG_VOICE_MIN = 2;

export interface ScoreInput {
  /** Findings and signals, offsets into `text` when it is given. */
  readonly spans: readonly Span[];
  /** True when an allow term removed something: the organisation's own data (notice). */
  readonly allowedSomething?: boolean;
  /** The (normalised) draft the spans refer to: sentences, pronouns, roles. */
  readonly text?: string;
  readonly surface?: Surface;
}

type Role = 'name' | 'relation' | 'age' | 'strong' | 'weak' | 'place' | 'sensitive' | 'institution' | 'topic' | 'none';

/** An address the recognizer found a home word next to ("wohnt", "Anschrift"): context: in its reason. */
function homeContext(span: Span): boolean {
  return span.reason !== undefined && span.reason.includes('context:');
}

export function roleOf(span: Span): Role {
  if (span.signal) return 'relation';
  switch (span.category) {
    case 'name':
      return span.score >= EVIDENCE_MIN ? 'name' : 'none';
    case 'identifier':
      if (span.score < EVIDENCE_MIN) return 'none';
      if (span.kind === 'age') return 'age';
      if (span.kind === 'address' && !homeContext(span)) return 'place';
      // An admin's own pattern (reason custom-pattern) is a format they chose to guard.
      return STRONG_IDENTIFIERS.has(span.kind) || span.reason === 'custom-pattern' ? 'strong' : 'weak';
    default:
      if (span.score >= SENSITIVE_MIN) return 'sensitive';
      if (span.score >= INSTITUTION_MIN) return 'institution';
      return 'topic';
  }
}

/** How a term is tied to a person, weakest first. */
export type Link = 'none' | 'referenced' | 'named';

const NO_SPANS: readonly Span[] = [];
/** Surfaces read by one person: "du"/"Sie" there is the client. */
const PRIVATE: ReadonlySet<Surface> = new Set(['chat', 'message']);

/** Everything the rules read, derived once per scan. */
interface Evidence {
  readonly d: Discourse | null;
  readonly orgVoice: boolean;
  readonly surface: Surface;
  /** Names of people talked about (clients, as far as we can tell), and their sentences. */
  readonly clients: readonly Span[];
  /** Staff, speakers, officials: a sentence about them ("sie lebt mit HIV") still counts. */
  readonly staff: readonly Span[];
  readonly addressed: boolean;
  readonly relations: readonly Span[];
  readonly ages: readonly Span[];
  /** Identifiers that belong to a person (not the organisation's own in an announcement). */
  readonly personal: readonly Span[];
}

function sentenceOf(e: Evidence, offset: number): number {
  return e.d ? e.d.sentenceOf(offset) : 0;
}

function inSentence(e: Evidence, spans: readonly Span[], s: number): boolean {
  return spans.some((span) => sentenceOf(e, span.start) === s);
}

function inSentences(e: Evidence, spans: readonly Span[], from: number, to: number): boolean {
  return spans.some((span) => {
    const t = sentenceOf(e, span.start);
    return t >= from && t <= to;
  });
}

/** The link of a term (or an institution) to a person. */
export function linkOf(term: Span, e: Evidence): Link {
  const d = e.d;
  const s = sentenceOf(e, term.start);
  if (inSentence(e, e.clients, s) || inSentence(e, e.personal, s)) return 'named';
  const second = (t: number) =>
    d ? t >= 0 && t < d.starts.length && d.secondPerson[t]! : e.relations.some((r) => r.kind === 'second-person');
  const third = (t: number) => d !== null && t >= 0 && t < d.starts.length && d.thirdPerson[t]!;
  // The person greeted, spoken to in this sentence or the next: "Hi Marlene, das mit den zwei
  // Strichen … Du musst heute nichts entscheiden."
  if (e.addressed && !e.orgVoice && (second(s - 1) || second(s) || second(s + 1))) return 'named';
  if (PRIVATE.has(e.surface) && inSentences(e, e.clients, s - 2, s - 1)) {
    // A chat stays with the person it started about: "nach der Aylin schauen? … glaub die ritzt wieder".
    return 'named';
  }
  const referred =
    inSentence(
      e,
      e.relations.filter((r) => r.kind !== 'second-person'),
      s,
    ) ||
    inSentence(e, e.ages, s) ||
    third(s) ||
    (!e.orgVoice && third(s + 1)) ||
    (d !== null && PRIVATE.has(e.surface) && d.kinship[s]!);
  if (referred) {
    // A pronoun or possessive continues the person named just before: "Frau Y. … Sie will raus."
    if (inSentences(e, e.clients, s - CONTINUATION_SENTENCES, s - 1)) return 'named';
    // Said about a colleague or a speaker with "sie"/"er": "Kollegin Petra L. … Seit 1999 lebt sie mit HIV".
    if (d !== null && d.subject[s]! && inSentences(e, e.staff, s - 1, s)) return 'named';
    // In an announcement "seines Lebens" is anyone's.
    return e.orgVoice ? 'none' : 'referenced';
  }
  if (PRIVATE.has(e.surface) && !e.orgVoice && (second(s) || e.addressed)) {
    // A chat to one person about a sensitive matter and no one else: it is about them or theirs.
    return 'referenced';
  }
  return 'none';
}

export function severityOf(input: ScoreInput): Severity {
  const spans = Array.isArray(input?.spans) ? input.spans : NO_SPANS;
  const byRole: Partial<Record<Role, Span[]>> = {};
  let visible = 0;
  for (const span of spans) {
    if (!span.signal) visible++;
    const role = roleOf(span);
    if (role !== 'none' && role !== 'topic') (byRole[role] ??= []).push(span);
  }
  const names = byRole.name ?? NO_SPANS;
  const relations = byRole.relation ?? NO_SPANS;
  const ages = byRole.age ?? NO_SPANS;
  const sensitive = byRole.sensitive ?? NO_SPANS;
  const institutions = byRole.institution ?? NO_SPANS;
  const places = byRole.place ?? NO_SPANS;
  let strong = byRole.strong ?? NO_SPANS;
  let weak = byRole.weak ?? NO_SPANS;
  const surface: Surface = input?.surface ?? 'chat';
  const needsDiscourse =
    typeof input?.text === 'string' &&
    (sensitive.length > 0 ||
      institutions.length > 0 ||
      names.length > 0 ||
      places.length > 0 ||
      strong.length + weak.length > 1);
  const d = needsDiscourse ? discourseOf(input.text!) : null;
  const orgVoice = d !== null && d.orgVoice >= ORG_VOICE_MIN && surface !== 'chat' && surface !== 'message';
  const identifiers = [...strong, ...weak, ...places];
  const roles = d ? rolesOf(names, identifiers, d) : names.map(() => 'client' as const);
  const clients = names.filter((_, i) => roles[i] === 'client');
  const staff = names.filter((_, i) => roles[i] === 'staff');
  // Whose identifiers: a client's or the greeted person's ("Hallo Herr P., die neue Adresse: …").
  const people = names.filter((_, i) => roles[i] !== 'staff');
  const addressed = roles.includes('addressee');
  const base = { d, orgVoice, surface, clients, staff, addressed, relations, ages };

  // In an announcement the organisation's phone, address and account are its own: they count
  // only in a sentence that names a client.
  if (orgVoice) {
    const ownsIt = (span: Span) =>
      !inSentence({ ...base, personal: NO_SPANS }, people, sentenceOf({ ...base, personal: NO_SPANS }, span.start));
    strong = strong.filter((span) => !ownsIt(span));
    weak = weak.filter((span) => !ownsIt(span));
  }
  // A street address is a person's when a person is in its sentence; alone it is a place to meet.
  const e0: Evidence = { ...base, personal: NO_SPANS };
  for (const place of places) {
    if (orgVoice && !inSentence(e0, people, sentenceOf(e0, place.start))) continue;
    const s = sentenceOf(e0, place.start);
    const personal = inSentence(e0, [...people, ...relations, ...ages], s);
    if (personal) strong = [...strong, place];
    else weak = [...weak, place];
  }
  const e: Evidence = { ...base, personal: [...strong, ...weak] };

  let link: Link = 'none';
  for (const term of sensitive) {
    if (d && inTopicFrame(term, d)) continue;
    const l = linkOf(term, e);
    if (l === 'named') return 'high';
    if (l === 'referenced') link = 'referenced';
  }
  if (strong.length >= 1 && strong.length + weak.length + people.length >= 2) return 'high';
  if (link === 'referenced') return 'warn';
  // An institution ("Jobcenter", "Ausländerbehörde") tied to a client; in an announcement it is
  // the organisation's own service.
  for (const term of e.orgVoice ? NO_SPANS : institutions) {
    if (d && inTopicFrame(term, d)) continue;
    const s = sentenceOf(e, term.start);
    const referred = inSentence(e, [...relations.filter((r) => r.kind !== 'second-person'), ...ages], s);
    if (referred || linkOf(term, e) === 'named') return 'warn';
  }
  if (strong.length >= 1) return 'warn';

  if (visible > 0 || input?.allowedSomething) return 'notice';
  return 'none';
}
