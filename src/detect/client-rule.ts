/**
 * The severity a client's name gives a draft on its own (issue 16), a floor on top of
 * src/detect/scoring.ts: a client talked about warns ("hab grad mit omid geredet"); a client
 * greeted at the start of a line ("Hallo Kai, passt Dienstag?") is a notice — contact and
 * logistics are what the channel is for. Both levels come from the policy (`caseloadAlone`,
 * `caseloadGreeting`). A sensitive term near a client's name needs no rule of its own: a client
 * is a name, so scoring.ts already makes that high.
 * Pure: spans in, severity out.
 */
import type { Span } from './recognizer';
import { severityRank, type ClientSeverity, type Severity } from './types';

export const DEFAULT_CLIENT_SEVERITY: ClientSeverity = { alone: 'warn', greeting: 'notice' };

export function clientSeverityOf(spans: readonly Span[], levels: ClientSeverity | undefined): Severity {
  let severity: Severity = 'none';
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
