/**
 * The detection engine: scan(text, options) → Assessment. Pure TypeScript, runs unchanged in
 * content scripts, Node, the CLI and benchmarks.
 *
 * Pipeline: normalise → every registered recognizer (a throwing one is reported in
 * `failed`, never silently skipped) → drop what the organisation allowed → resolve overlaps
 * across kinds → map offsets back to the original text → severity.
 */
import { allowTermsFor, numberKey, overlapsAny } from './allow-terms';
import { normalise, toOriginalSpan, type Normalised } from './normalise';
import type { Recognizer, ScanContext, Span } from './recognizer';
import { recognizers as registry } from './registry';
import { severityOf } from './scoring';
import { clientSeverityOf, maxSeverity } from './client-rule';
import type { Assessment, Category, Finding, ScanOptions } from './types';

export type { Assessment, Category, Finding, PatternEntry, ScanOptions, Severity, Surface, TermEntry } from './types';
export { SEVERITY_ORDER, atLeast, severityRank } from './types';
export { numberKey } from './allow-terms';
export type { Recognizer, ScanContext, Span } from './recognizer';

/** The options of a scan without any, shared: recognizers only read their options. */
const NO_OPTIONS: ScanOptions = Object.freeze({});
const CATEGORIES: ReadonlySet<string> = new Set(['name', 'health', 'special', 'social', 'identifier', 'custom']);
/** Specific kinds win ties: a checked identifier over a name over a lexicon term. */
const CATEGORY_RANK: Readonly<Record<Category, number>> = {
  identifier: 4,
  name: 3,
  custom: 2,
  special: 1,
  health: 1,
  social: 1,
};

interface Candidate extends Span {
  /** Position of the recognizer in the registry (earlier wins exact ties). */
  order: number;
}

export function scan(text: string, options?: ScanOptions): Assessment {
  return scanWith(registry, text, options);
}

/** scan() with an explicit recognizer list: for tests and tools that try one recognizer. */
export function scanWith(recognizers: readonly Recognizer[], text: string, options?: ScanOptions): Assessment {
  try {
    const input = typeof text === 'string' ? text : '';
    const opts: ScanOptions = options !== null && typeof options === 'object' ? options : NO_OPTIONS;
    const norm = normalise(input);
    const ctx: ScanContext = { text: norm.text, lower: norm.lower, options: opts };

    let failed: string[] | undefined;
    const candidates: Candidate[] = [];
    const length = ctx.text.length;
    // A plain loop, not forEach with a closure per scan: this runs on every keystroke.
    for (let order = 0; order < recognizers.length; order++) {
      if (!(order in recognizers)) continue; // forEach skipped holes; so do we
      const recognizer = recognizers[order];
      try {
        const spans = recognizer!.recognize(ctx);
        if (!Array.isArray(spans)) throw new TypeError('recognizer returned no array');
        for (const span of spans) {
          const valid = validCandidate(span, length, order);
          if (valid) candidates.push(valid);
        }
      } catch {
        // The id only: an error message could quote the draft.
        (failed ??= []).push(typeof recognizer?.id === 'string' ? recognizer.id : `#${order}`);
      }
    }

    const { kept, allowedSomething } = dropAllowed(candidates, ctx, opts.allowTerms);
    const signals: Candidate[] = [];
    const visible: Candidate[] = [];
    for (const span of kept) (span.signal ? signals : visible).push(span);
    const findings = resolveOverlaps(visible, length);

    const mapped = findings.map((span) => toFinding(span, norm));
    // Scored on the normalised text: sentences and pronouns are read where the spans were found.
    const scored: Span[] = signals.length === 0 ? findings : [...findings, ...signals];
    // The client rule (issue 16) is a floor over the general scoring, kept apart from it.
    const severity = maxSeverity(
      severityOf({ spans: scored, allowedSomething, text: ctx.text, surface: opts.surface }),
      // Before overlaps: a client's name inside an e-mail address still names the client.
      clientSeverityOf(kept, opts.clientSeverity),
    );
    const assessment: Assessment = { severity, findings: mapped.length > 1 ? mapped.sort(byPosition) : mapped };
    if (failed !== undefined) assessment.failed = failed;
    return assessment;
  } catch {
    // Never throw into the guard; report that the check itself did not complete.
    return { severity: 'none', findings: [], failed: ['engine'] };
  }
}

function byPosition(x: Finding, y: Finding): number {
  return x.start - y.start || x.end - y.end;
}

function validCandidate(span: unknown, length: number, order: number): Candidate | null {
  if (span === null || typeof span !== 'object') return null;
  const s = span as Partial<Span>;
  if (typeof s.kind !== 'string' || typeof s.category !== 'string' || !CATEGORIES.has(s.category)) return null;
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return null;
  const start = s.start!;
  const end = s.end!;
  if (start < 0 || end > length || end <= start) return null;
  const score = typeof s.score === 'number' && Number.isFinite(s.score) ? Math.min(1, Math.max(0, s.score)) : 0;
  const out: Candidate = { category: s.category, kind: s.kind, start, end, score, order };
  if (typeof s.reason === 'string') out.reason = s.reason;
  if (s.signal === true) out.signal = true;
  return out;
}

/** Up to this many spans, overlaps are checked pairwise: no buffer of the text's length per scan. */
const PAIRWISE_MAX = 48;

/**
 * Greedy by priority: score, then the more specific category, then the longer span, then the
 * registry order. A phone pattern inside a (checksum-valid, longer) IBAN loses; the same span
 * from two recognizers is kept once. Spans are integer offsets within [0, length]. A draft has
 * a few spans: those are compared with the kept ones directly; many spans (a long text) mark
 * the covered characters instead, linear in the text, not quadratic in spans.
 */
export function resolveOverlaps<T extends Span & { order?: number }>(spans: readonly T[], length: number): T[] {
  // Most drafts have at most one finding: nothing to order or compare.
  if (spans.length < 2) return spans.slice();
  const ordered = [...spans].sort(
    (x, y) =>
      y.score - x.score ||
      CATEGORY_RANK[y.category] - CATEGORY_RANK[x.category] ||
      y.end - y.start - (x.end - x.start) ||
      (x.order ?? 0) - (y.order ?? 0) ||
      x.start - y.start,
  );
  const kept: T[] = [];
  if (ordered.length <= PAIRWISE_MAX) {
    for (const span of ordered) {
      let free = true;
      // An empty span covers nothing: it is always kept and never blocks another.
      if (span.start < span.end) {
        for (const other of kept) {
          if (other.start < other.end && span.start < other.end && other.start < span.end) {
            free = false;
            break;
          }
        }
      }
      if (free) kept.push(span);
    }
    return kept;
  }
  const taken = new Uint8Array(length);
  for (const span of ordered) {
    let free = true;
    for (let k = span.start; k < span.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept;
}

/**
 * Allow terms (organisation name, staff names, own phone number, donation IBAN) never count.
 * Text terms are found in the normalised lower-case text at word boundaries, all at once by one
 * automaton (allow-terms.ts); numbers are compared by their digits (and letters, for IBANs),
 * so "+49 30 1234567" allows "030/1234567".
 */
function dropAllowed(
  spans: readonly Candidate[],
  ctx: ScanContext,
  allowTerms: readonly string[] | undefined,
): { kept: readonly Candidate[]; allowedSomething: boolean } {
  if (!Array.isArray(allowTerms) || allowTerms.length === 0) return { kept: spans, allowedSomething: false };
  const terms = allowTermsFor(allowTerms);
  const ranges = spans.length > 0 ? terms.ranges(ctx.lower) : [];
  const keys = terms.keys;
  let allowedSomething = false;
  const kept = spans.filter((span) => {
    const overlapsRange = ranges.length > 0 && overlapsAny(ranges, span.start, span.end);
    const sameNumber =
      keys.size > 0 &&
      span.category === 'identifier' &&
      keys.has(numberKey(ctx.text.slice(span.start, span.end)) ?? '');
    if (overlapsRange || sameNumber) {
      if (!span.signal) allowedSomething = true;
      return false;
    }
    return true;
  });
  return { kept, allowedSomething };
}

function toFinding(span: Span, norm: Normalised): Finding {
  // A plain literal, no spread of a temporary: this runs for every finding of every keystroke.
  const [start, end] = toOriginalSpan(norm, span.start, span.end);
  const finding: Finding = { category: span.category, kind: span.kind, start, end, score: span.score };
  if (span.reason !== undefined) finding.reason = span.reason;
  return finding;
}
