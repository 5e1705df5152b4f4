/**
 * The acknowledgement record and its construction from a GuardEvent. Pure: no browser APIs.
 *
 * The event comes from a content script running inside WhatsApp/Facebook pages, so it is
 * untrusted input: a bug or a hostile page script could try to put draft text into any field.
 * We therefore copy only whitelisted fields, accept only known enum values, integer counts and
 * short identifier-like kind names, and never copy a string from the event into the record
 * unless it passed one of those checks. Draft text, matched text, offsets, recipients and chat
 * titles have no field here, so they cannot be stored by construction.
 */
import type { Category, Severity } from '../detect/types';
import { REASONS, type Decision, type GuardEvent, type Reason } from '../messaging/protocol';
import { MISSING_ANCHORS, SITE_IDS, type MissingAnchor, type SiteId, type Surface } from '../sites/types';

export const DECISIONS: readonly Decision[] = [
  'acknowledged',
  'edited',
  'blocked',
  'monitored',
  'false-alarm',
  'guidelines-acknowledged',
  'check-failed',
  'adapter-degraded',
  'moved',
];
/**
 * Decisions the background writes itself, about the policy; a content script cannot send them
 * (validateEvent accepts only DECISIONS). `policy-invalid`: the administrator policy has
 * problems (once per policy fingerprint); `settings-changed`: the user changed a setting they
 * may change. Both carry schema key names and error codes only, never a value.
 */
export const POLICY_DECISIONS = ['policy-invalid', 'settings-changed'] as const;
export type PolicyDecision = (typeof POLICY_DECISIONS)[number];
/** Every decision a record can carry: the log vocabulary, declared once (labels: log-strings.ts). */
export type LogDecision = Decision | PolicyDecision;
export const LOG_DECISIONS: readonly LogDecision[] = [...DECISIONS, ...POLICY_DECISIONS];
export const SITES: readonly SiteId[] = SITE_IDS;
export const SURFACES: readonly Surface[] = ['chat', 'caption', 'post', 'comment'];
export const SEVERITIES: readonly Severity[] = ['none', 'notice', 'warn', 'high'];
export const CATEGORIES: readonly Category[] = ['name', 'health', 'special', 'social', 'identifier', 'custom'];

/** Kinds that fail the safe-name check (or the optional whitelist) are counted under this kind. */
export const OTHER_KIND = 'other';
/** Identifier-like and short: enough for 'tax-id' or 'case-number', too short to carry a sentence. */
const SAFE_KIND = /^[a-z0-9][a-z0-9_.-]{0,39}$/i;
const SAFE_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_KINDS = 40;
const MAX_KIND_LENGTH = 60;
const MAX_COUNT = 100_000;
const MAX_LABEL = 80;

/** SHA-256 of nothing-before-the-first-record: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

export interface LogRecord {
  /** Format version of the record, so a collector can parse old and new exports. */
  v: 1;
  /** Position in the chain, 1-based, never reused (also after a purge). */
  seq: number;
  id: string;
  /** UTC, ISO 8601, set by the background (not by the untrusted page). */
  time: string;
  decision: LogDecision;
  /** Absent on policy records (POLICY_DECISIONS): they concern the device, not a page. */
  site?: SiteId;
  surface?: Surface;
  severity: Severity;
  categories: Partial<Record<Category, number>>;
  kinds: Record<string, number>;
  consentConfirmed?: boolean;
  /** adapter-degraded: which anchor the site adapter missed. */
  missing?: MissingAnchor;
  /** Policy records: the schema key names concerned (changed, or with a problem). */
  policyKeys?: string[];
  /** `policy-invalid`: one `<path>:<error code>` per problem, e.g. `blockAt:unknown-value`. */
  policyErrors?: string[];
  /** Sending anyway: the reason chosen in the dialog (`consent`, `false-alarm`, `necessary`). */
  reason?: Reason;
  /** The effective policy's fingerprint, so an audit can tell which rules applied. */
  policyVersion: string;
  extensionVersion: string;
  /** The policy's userLabel (admin-set, e.g. a team or pseudonym); absent when empty. */
  userLabel?: string;
  prevHash: string;
  hash: string;
}

/** A record before it is chained (seq, prevHash and hash are added by chain.ts). */
export type UnchainedRecord = Omit<LogRecord, 'seq' | 'prevHash' | 'hash'>;

export type GuardRecordEvent = Pick<
  GuardEvent,
  | 'decision'
  | 'site'
  | 'surface'
  | 'severity'
  | 'categories'
  | 'kinds'
  | 'consentConfirmed'
  | 'missing'
  | 'reason'
  | 'eventId'
>;

/** A policy record, built by the background from the effective policy (never from a page). */
export interface PolicyRecordEvent {
  decision: PolicyDecision;
  policyKeys: string[];
  policyErrors?: string[];
  eventId: string;
}

export type ValidatedEvent = GuardRecordEvent | PolicyRecordEvent;

const SAFE_POLICY_ITEM = /^[A-Za-z0-9_.[\]-]{1,80}(:[a-z-]{1,40})?$/;

/**
 * A policy record from key names and error codes. Built by the background itself, yet checked
 * like anything that goes into the log: schema-like names only (a stray value cannot pass).
 */
export function policyRecordEvent(
  decision: PolicyDecision,
  policyKeys: readonly string[],
  eventId: string,
  policyErrors: readonly string[] = [],
): PolicyRecordEvent {
  const safe = (items: readonly string[]) =>
    [...new Set(items.filter((item) => SAFE_POLICY_ITEM.test(item)))].slice(0, 60);
  const event: PolicyRecordEvent = { decision, policyKeys: safe(policyKeys), eventId };
  if (decision === 'policy-invalid') event.policyErrors = safe(policyErrors);
  return event;
}

export type ValidationResult = { ok: true; event: GuardRecordEvent } | { ok: false; error: string };

export interface ValidateOptions {
  /**
   * Whitelist of kind names (see known-kinds.ts); others count as OTHER_KIND. Without it only
   * identifier-like names are kept, which still lets a short word through: the background
   * always passes one.
   */
  isKnownKind?: (kind: string) => boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function isSafeKind(kind: string, isKnownKind: ValidateOptions['isKnownKind']): boolean {
  if (!isKnownKind) return SAFE_KIND.test(kind);
  // Whitelisted names (built-in kinds, the admin's pattern names) may contain spaces.
  return isKnownKind(kind) && kind.length <= MAX_KIND_LENGTH && cleanLabel(kind, MAX_KIND_LENGTH) === kind;
}

/**
 * Checks an untrusted GuardEvent. Enums and the event id must be valid (otherwise the event is
 * rejected with an error naming the field, never echoing its value); unknown fields are dropped;
 * kind names that are not identifier-like are folded into OTHER_KIND so the count survives but
 * the name (which could be smuggled text) does not. Never throws.
 */
export function validateEvent(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    if (!isPlainObject(input)) return { ok: false, error: 'event is not an object' };
    const { decision, site, surface, severity, categories, kinds, consentConfirmed, missing, reason, eventId } = input;
    if (!oneOf(DECISIONS, decision)) return { ok: false, error: 'invalid decision' };
    if (!oneOf(SITES, site)) return { ok: false, error: 'invalid site' };
    if (!oneOf(SURFACES, surface)) return { ok: false, error: 'invalid surface' };
    if (!oneOf(SEVERITIES, severity)) return { ok: false, error: 'invalid severity' };
    if (typeof eventId !== 'string' || !SAFE_ID.test(eventId)) return { ok: false, error: 'invalid eventId' };
    if (consentConfirmed !== undefined && typeof consentConfirmed !== 'boolean')
      return { ok: false, error: 'invalid consentConfirmed' };
    if (missing !== undefined && !oneOf(MISSING_ANCHORS, missing)) return { ok: false, error: 'invalid missing' };
    if (reason !== undefined && !oneOf(REASONS, reason)) return { ok: false, error: 'invalid reason' };

    const cleanCategories: Partial<Record<Category, number>> = {};
    if (categories !== undefined) {
      if (!isPlainObject(categories)) return { ok: false, error: 'invalid categories' };
      for (const [key, count] of Object.entries(categories)) {
        if (!oneOf(CATEGORIES, key)) return { ok: false, error: 'invalid category' };
        if (!isCount(count)) return { ok: false, error: 'invalid category count' };
        if (count > 0) cleanCategories[key] = count;
      }
    }

    const cleanKinds: Record<string, number> = {};
    if (kinds !== undefined) {
      if (!isPlainObject(kinds)) return { ok: false, error: 'invalid kinds' };
      const entries = Object.entries(kinds);
      if (entries.length > MAX_KINDS) return { ok: false, error: 'too many kinds' };
      for (const [key, count] of entries) {
        if (!isCount(count)) return { ok: false, error: 'invalid kind count' };
        if (count === 0) continue;
        const safe = key !== '__proto__' && isSafeKind(key, options.isKnownKind);
        const name = safe ? key : OTHER_KIND;
        // Object.hasOwn: a kind named 'constructor' must not read Object.prototype.constructor.
        const before = Object.hasOwn(cleanKinds, name) ? (cleanKinds[name] ?? 0) : 0;
        cleanKinds[name] = Math.min(MAX_COUNT, before + count);
      }
    }

    const event: GuardRecordEvent = {
      decision,
      site,
      surface,
      severity,
      categories: cleanCategories,
      kinds: cleanKinds,
      eventId,
    };
    if (consentConfirmed !== undefined) event.consentConfirmed = consentConfirmed;
    if (missing !== undefined) event.missing = missing;
    if (reason !== undefined) event.reason = reason;
    return { ok: true, event };
  } catch {
    // A getter on a hostile object could throw; that is a bad event, not our crash.
    return { ok: false, error: 'invalid event' };
  }
}

/**
 * Admin-set strings (userLabel, policy fingerprint) are not draft content, but they still go
 * into CSV files and a collector: keep them single-line, printable and short.
 */
export function cleanLabel(value: unknown, max = MAX_LABEL): string {
  if (typeof value !== 'string') return '';
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  return value.replace(controls, ' ').trim().slice(0, max);
}

export interface RecordContext {
  id: string;
  /** Epoch milliseconds from the background's clock. */
  now: number;
  policyVersion: string;
  extensionVersion: string;
  userLabel: string;
}

/** Builds the content-free part of a record from a validated event. */
export function buildRecord(event: ValidatedEvent, context: RecordContext): UnchainedRecord {
  const common = {
    v: 1 as const,
    id: context.id,
    time: new Date(context.now).toISOString(),
    policyVersion: cleanLabel(context.policyVersion, 128) || 'unknown',
    extensionVersion: cleanLabel(context.extensionVersion, 32) || 'unknown',
  };
  let record: UnchainedRecord;
  if ('policyKeys' in event) {
    record = { ...common, decision: event.decision, severity: 'none', categories: {}, kinds: {} };
    record.policyKeys = [...event.policyKeys];
    if (event.policyErrors) record.policyErrors = [...event.policyErrors];
  } else {
    record = {
      ...common,
      decision: event.decision,
      site: event.site,
      surface: event.surface,
      severity: event.severity,
      categories: { ...event.categories },
      kinds: { ...event.kinds },
    };
    if (event.consentConfirmed !== undefined) record.consentConfirmed = event.consentConfirmed;
    if (event.missing !== undefined) record.missing = event.missing;
    if (event.reason !== undefined) record.reason = event.reason;
  }
  const label = cleanLabel(context.userLabel);
  if (label) record.userLabel = label;
  return record;
}
