import type { Category, ScanOptions } from './types';

/**
 * What a recognizer sees. All offsets a recognizer returns refer to `text` (the normalised
 * text); the engine maps them back to the original.
 */
export interface ScanContext {
  /** Normalised text: NFKC, zero-width/bidi controls removed, homoglyphs folded, spaced letters joined. */
  readonly text: string;
  /** `text` lower-cased character by character; same length and indexing as `text`. */
  readonly lower: string;
  readonly options: Readonly<ScanOptions>;
}

/**
 * A span a recognizer reports. `signal: true` marks evidence that feeds the severity
 * (for example "ihr Sohn" tying a health term to a person) but is not shown as a finding.
 */
export interface Span {
  category: Category;
  kind: string;
  start: number;
  end: number;
  score: number;
  reason?: string;
  signal?: boolean;
}

export interface Recognizer {
  /** Unique, kebab-case; equals the file name in src/detect/recognizers/. */
  readonly id: string;
  /** Kinds this recognizer can emit (documentation and meta-tests). */
  readonly kinds: readonly string[];
  recognize(ctx: ScanContext): Span[];
}
