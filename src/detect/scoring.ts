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

/** Sentence indices that hold at least one span of a kind: a link is then a Set lookup. */
type Sentences = ReadonlySet<number>;

/** Everything the rules read, derived once per scan. */
interface Evidence {
  readonly d: Discourse | null;
  readonly orgVoice: boolean;
  readonly surface: Surface;
  /** Sentences naming people talked about (clients, as far as we can tell). */
  readonly clients: Sentences;
  /** Sentences naming staff, speakers, officials: one about them ("sie lebt mit HIV") still counts. */
  readonly staff: Sentences;
  readonly addressed: boolean;
  /** Sentences with a relation ("ihr Sohn") or an age; `secondPerson` without a text. */
  readonly referred: Sentences;
  readonly secondPersonSignal: boolean;
  /** Sentences with an identifier that belongs to a person (not the organisation's own). */
  readonly personal: Sentences;
}

function sentenceOf(d: Discourse | null, offset: number): number {
  return d ? d.sentenceOf(offset) : 0;
}

function sentencesOf(d: Discourse | null, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) out.add(sentenceOf(d, span.start));
  return out;
}

function anyIn(set: Sentences, from: number, to: number): boolean {
  if (set.size === 0) return false;
  for (let t = Math.max(0, from); t <= to; t++) if (set.has(t)) return true;
  return false;
}

/** The link of a term (or an institution) to a person. */
export function linkOf(term: Span, e: Evidence): Link {
  const d = e.d;
  const s = sentenceOf(d, term.start);
  if (e.clients.has(s) || e.personal.has(s)) return 'named';
  const second = (t: number) => (d ? t >= 0 && t < d.starts.length && d.secondPerson[t]! : e.secondPersonSignal);
  const third = (t: number) => d !== null && t >= 0 && t < d.starts.length && d.thirdPerson[t]!;
  // The person greeted, spoken to in this sentence or the next: "Hi Marlene, das mit den zwei
  // Strichen … Du musst heute nichts entscheiden."
  if (e.addressed && !e.orgVoice && (second(s - 1) || second(s) || second(s + 1))) return 'named';
  if (PRIVATE.has(e.surface) && anyIn(e.clients, s - 2, s - 1)) {
    // A chat stays with the person it started about: "nach der Aylin schauen? … glaub die ritzt wieder".
    return 'named';
  }
  const referred =
    e.referred.has(s) ||
    third(s) ||
    (!e.orgVoice && third(s + 1)) ||
    (d !== null && PRIVATE.has(e.surface) && d.kinship[s]!);
  if (referred) {
    // A pronoun or possessive continues the person named just before: "Frau Y. … Sie will raus."
    if (anyIn(e.clients, s - CONTINUATION_SENTENCES, s - 1)) return 'named';
    // Said about a colleague or a speaker with "sie"/"er": "Kollegin Petra L. … Seit 1999 lebt sie mit HIV".
    if (d !== null && d.subject[s]! && anyIn(e.staff, s - 1, s)) return 'named';
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
  // A name alone is a notice whatever the sentences say: read them only when something can link.
  const needsDiscourse =
    typeof input?.text === 'string' &&
    (sensitive.length > 0 || institutions.length > 0 || places.length > 0 || strong.length + weak.length > 0);
  const d = needsDiscourse ? discourseOf(input.text!) : null;
  const orgVoice = d !== null && !PRIVATE.has(surface) && d.orgVoice >= ORG_VOICE_MIN;
  const roles = d ? rolesOf(names, [...strong, ...weak, ...places], d, orgVoice) : names.map(() => 'client' as const);
  const clients = sentencesOf(
    d,
    names.filter((_, i) => roles[i] === 'client'),
  );
  const staff = sentencesOf(
    d,
    names.filter((_, i) => roles[i] === 'staff'),
  );
  // Whose identifiers: a client's or the greeted person's ("Hallo Herr P., die neue Adresse: …").
  const peopleSpans = names.filter((_, i) => roles[i] !== 'staff');
  const people = sentencesOf(d, peopleSpans);
  const referredSpans = [...relations.filter((r) => r.kind !== 'second-person'), ...ages];
  const referredSentences = sentencesOf(d, referredSpans);

  // In an announcement the organisation's phone, address and account are its own: they count
  // only in a sentence that names a client.
  if (orgVoice) {
    strong = strong.filter((span) => people.has(sentenceOf(d, span.start)));
    weak = weak.filter((span) => people.has(sentenceOf(d, span.start)));
  }
  // A street address is a person's when a person is in its sentence; alone it is a place to meet.
  for (const place of places) {
    const s = sentenceOf(d, place.start);
    if (orgVoice && !people.has(s)) continue;
    if (people.has(s) || referredSentences.has(s)) strong = [...strong, place];
    else weak = [...weak, place];
  }
  const e: Evidence = {
    d,
    orgVoice,
    surface,
    clients,
    staff,
    addressed: roles.includes('addressee'),
    referred: referredSentences,
    secondPersonSignal: relations.some((r) => r.kind === 'second-person'),
    personal: sentencesOf(d, [...strong, ...weak]),
  };

  let link: Link = 'none';
  for (const term of sensitive) {
    if (d && inTopicFrame(term, d)) continue;
    const l = linkOf(term, e);
    if (l === 'named') return 'high';
    if (l === 'referenced') link = 'referenced';
  }
  if (strong.length >= 1 && strong.length + weak.length + peopleSpans.length >= 2) return 'high';
  if (link === 'referenced') return 'warn';
  // An institution ("Jobcenter", "Ausländerbehörde") tied to a client; in an announcement it is
  // the organisation's own service.
  for (const term of orgVoice ? NO_SPANS : institutions) {
    if (d && inTopicFrame(term, d)) continue;
    if (referredSentences.has(sentenceOf(d, term.start)) || linkOf(term, e) === 'named') return 'warn';
  }
  if (strong.length >= 1) return 'warn';

  if (visible > 0 || input?.allowedSomething) return 'notice';
  return 'none';
}
