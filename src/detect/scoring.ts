/**
 * Severity from spans, following the professional rules in issue 3:
 *
 *   none    nothing relevant
 *   notice  a name alone; a sensitive topic with no individual; the organisation's own data;
 *           a single weak identifier (phone, e-mail, IBAN)
 *   warn    a sensitive term tied to a person (relation "ihr Sohn", "Sie"/"du" about their
 *           situation, an age); an institution tied to a person ("Frau M. … Jugendamt");
 *           a strong identifier (Steuer-ID, SVNR, KVNR, ID card, birth date, case no., and a
 *           person's address: one with a home word such as "wohnt", or near a person; a street
 *           address alone is a place to meet, logistics, and weak like a phone number)
 *   high    a sensitive term about an identifiable person (a name or an identifier); or several
 *           identifiers together, at least one of them strong
 *
 * Pure: spans in, severity out. Signals (`signal: true`) count as person evidence only.
 */
import { lowerBound } from './sorted';
import type { Span } from './recognizer';
import type { Severity } from './types';

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
/**
 * A term and a person are linked when they are at most this many characters apart. Chat
 * drafts are shorter; a long Facebook post may greet a colleague at the top and mention a
 * counselling service at the bottom.
 */
export const LINK_WINDOW = 300;

export interface ScoreInput {
  /** Findings and signals, offsets in one coordinate system (either is fine). */
  readonly spans: readonly Span[];
  /** True when an allow term removed something: the organisation's own data (notice). */
  readonly allowedSomething?: boolean;
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

const NO_SPANS: readonly Span[] = [];

export function severityOf(input: ScoreInput): Severity {
  const spans = Array.isArray(input?.spans) ? input.spans : NO_SPANS;
  // One list per role, made only for roles that occur: this runs on every keystroke, mostly
  // over a handful of spans.
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
  // A street address is a person's when a person is near it; alone it is a place to meet (weak).
  for (const place of byRole.place ?? NO_SPANS) {
    const personal = anyNear([place], [...names, ...relations, ...ages]);
    (byRole[personal ? 'strong' : 'weak'] ??= []).push(place);
  }
  const strong = byRole.strong ?? NO_SPANS;
  const weak = byRole.weak ?? NO_SPANS;
  const sensitive = byRole.sensitive ?? NO_SPANS;
  const institutions = byRole.institution ?? NO_SPANS;
  // high: a sensitive term about an identifiable person, or several identifiers at least one strong.
  if (sensitive.length > 0 && anyNear(sensitive, [...names, ...strong, ...weak])) return 'high';
  if (strong.length >= 1 && strong.length + weak.length + names.length >= 2) return 'high';

  // warn: a sensitive term tied to some person; an institution tied to a person; a strong identifier.
  if (sensitive.length > 0 && anyNear(sensitive, [...relations, ...ages])) return 'warn';
  if (institutions.length > 0 && anyNear(institutions, [...names, ...strong, ...weak, ...relations, ...ages])) {
    return 'warn';
  }
  if (strong.length >= 1) return 'warn';

  if (visible > 0 || input?.allowedSomething) return 'notice';
  return 'none';
}

/** Is any span of `a` within LINK_WINDOW of any span of `b`? Sorted search, no pairwise loop. */
function anyNear(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sorted = [...b].sort((x, y) => x.start - y.start);
  const starts = sorted.map((span) => span.start);
  let longest = 0;
  for (const span of sorted) longest = Math.max(longest, span.end - span.start);
  for (const span of a) {
    const from = span.start - LINK_WINDOW;
    const to = span.end + LINK_WINDOW;
    // Only spans starting in [from - longest, to] can reach into [from, to].
    for (let i = lowerBound(starts, from - longest); i < sorted.length && sorted[i]!.start <= to; i++) {
      if (sorted[i]!.end >= from) return true;
    }
  }
  return false;
}
