import { normalise, toOriginalSpan } from '../../../../src/detect/normalise';
import type { Recognizer, ScanContext, Span } from '../../../../src/detect/recognizer';
import type { ScanOptions } from '../../../../src/detect/types';

export function contextOf(text: string, options: ScanOptions = {}): ScanContext {
  const norm = normalise(text);
  return { text: norm.text, lower: norm.lower, options };
}

/** The words a recognizer reports, sliced from the ORIGINAL text via the offset map. */
export function wordsFound(recognizer: Recognizer, text: string, options: ScanOptions = {}): string[] {
  const norm = normalise(text);
  const spans: Span[] = recognizer.recognize({ text: norm.text, lower: norm.lower, options });
  return spans.map((span) => text.slice(...toOriginalSpan(norm, span.start, span.end)));
}
