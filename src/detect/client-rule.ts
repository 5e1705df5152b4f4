/**
 * The severity a client's name gives a draft on its own (issue 16), a floor on top of
 * src/detect/scoring.ts: a client talked about warns ("hab grad mit omid geredet"); a client
 * greeted at the start of a line ("Hallo Kai, passt Dienstag?") is a notice — contact and
 * logistics are what the channel is for. Both levels come from the policy (`caseloadAlone`,
 * `caseloadGreeting`). A client's name with a sensitive cue anywhere in the draft is high, greeted
 * or not ("Hallo Kai, wie läuft die Therapie?"): whatever scoring.ts makes of who the cue is
 * about, the worker has told us this person is a client, so a health, special-category or social
 * cue in a message naming them is their social data (issue 16).
 * Pure: spans in, severity out.
 */
import type { Span } from './recognizer';
import { severityRank, type ClientSeverity, type Severity } from './types';

export const DEFAULT_CLIENT_SEVERITY: ClientSeverity = { alone: 'warn', greeting: 'notice' };

const SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set(['health', 'special', 'social']);

export function clientSeverityOf(spans: readonly Span[], levels: ClientSeverity | undefined): Severity {
  let severity: Severity = 'none';
  let client = false;
  let sensitive = false;
  for (const span of spans) {
    if (span.signal) continue;
    if (span.kind === 'client') client = true;
    else if (SENSITIVE_CATEGORIES.has(span.category)) sensitive = true;
  }
  if (!client) return 'none';
  if (sensitive) return 'high';
  for (const span of spans) {
    if (span.kind !== 'client' || span.signal) continue;
    const level =
      span.reason === 'greeting'
        ? (levels ?? DEFAULT_CLIENT_SEVERITY).greeting
        : (levels ?? DEFAULT_CLIENT_SEVERITY).alone;
    if (severityRank(level) > severityRank(severity)) severity = level;
  }
  return severity;
}

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(b) > severityRank(a) ? b : a;
}
