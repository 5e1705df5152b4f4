/**
 * Public types of the detection engine. Pure TypeScript: nothing in src/detect may import
 * browser, WXT or DOM APIs (enforced by test/unit/meta/conventions.test.ts).
 */

export type Category = 'name' | 'health' | 'special' | 'social' | 'identifier' | 'custom';

/** Ordered from harmless to most sensitive; see SEVERITY_ORDER. */
export type Severity = 'none' | 'notice' | 'warn' | 'high';

export const SEVERITY_ORDER: readonly Severity[] = ['none', 'notice', 'warn', 'high'];

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/**
 * One detected span. `start`/`end` are UTF-16 offsets into the ORIGINAL text passed to
 * scan(), also when matching happened on the normalised text, so the UI can highlight exactly.
 */
export interface Finding {
  category: Category;
  /** e.g. 'person', 'iban', 'tax-id', 'health-term', or a custom pattern's name. */
  kind: string;
  start: number;
  end: number;
  /** Confidence 0..1 (Presidio-style: base score, raised by check digits and context). */
  score: number;
  /** Short machine-readable reason, e.g. 'checksum', 'context:geb.'. Never matched text. */
  reason?: string;
}

export interface Assessment {
  severity: Severity;
  findings: Finding[];
  /**
   * Ids of recognizers that threw. A non-empty list means the check is incomplete: the guard
   * must show that the check failed instead of silently passing or swallowing a send.
   */
  failed?: string[];
}

export interface TermEntry {
  term: string;
  category: Category;
}

export interface PatternEntry {
  /** Shown as the finding's kind, e.g. 'case-number'. */
  name: string;
  /** Source of an RE2-syntax regular expression (compiled with re2js: linear time). */
  pattern: string;
  category: Category;
}

/**
 * Where the draft is typed. The guard knows it from the site adapter: a chat or message goes to
 * one person; a post, caption or comment is public and often in the organisation's own voice.
 */
export type Surface = 'chat' | 'caption' | 'post' | 'comment' | 'message';

export interface ScanOptions {
  /** Organisation-specific terms, matched like lexicon terms. */
  extraTerms?: readonly TermEntry[];
  /** Terms that never count (organisation name, staff names, own phone number, donation IBAN). */
  allowTerms?: readonly string[];
  /** Admin-defined patterns such as case-number formats. Invalid ones are skipped. */
  customPatterns?: readonly PatternEntry[];
  language?: 'auto' | 'de' | 'en';
  /** Where the draft is typed; unknown means a chat (the stricter reading). */
  surface?: Surface;
  /** The worker's own clients (src/caseload: hashes and key, never a name); absent: none. */
  clients?: ClientMatcher;
  /** Policy `caseload`: 'off' ignores `clients`. */
  caseload?: 'on' | 'off';
  /** How severe a client's name is with nothing sensitive near it (src/detect/client-rule.ts). */
  clientSeverity?: ClientSeverity;
}

/**
 * Tells whether a word, or two words joined by one space, of the normalised lower-case draft
 * is the name of one of the worker's clients. Implemented by src/caseload/matcher.ts.
 */
export interface ClientMatcher {
  has(words: string): boolean;
}

export interface ClientSeverity {
  /** A client talked about ("hab grad mit omid geredet"). */
  alone: Exclude<Severity, 'none'>;
  /** A client greeted at the start of a line ("Hallo Kai, passt Dienstag?"). */
  greeting: Exclude<Severity, 'none'>;
}
