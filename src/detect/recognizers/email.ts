/**
 * E-mail addresses. Scans outwards from each '@' instead of running one big regex, so the work
 * is bounded by the address (an '@' stops both scans) and "@Maria" mentions or "name@host"
 * without a top-level domain are never reported.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';

const LOCAL = /[\p{L}\p{N}._%+\-']/u;
const DOMAIN = /[\p{L}\p{N}-]/u;
/** Longest local part (RFC 5321) and domain (RFC 1035) we look at. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export const recognizer: Recognizer = {
  id: 'email',
  kinds: ['email'],
  recognize(ctx: ScanContext): Span[] {
    const { text } = ctx;
    const spans: Span[] = [];
    let at = text.indexOf('@');
    while (at !== -1) {
      const span = emailAround(text, at);
      if (span) spans.push({ category: 'identifier', kind: 'email', start: span[0], end: span[1], score: 0.95 });
      at = text.indexOf('@', Math.max(at + 1, span ? span[1] : 0));
    }
    return spans;
  },
};

function emailAround(text: string, at: number): [number, number] | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && LOCAL.test(text[start - 1]!)) start--;
  // A local part cannot start with a dot, and quotes around it ("'a@b.de'") are punctuation.
  while (start < at && (text[start] === '.' || text[start] === "'")) start++;
  if (start === at || text[at - 1] === '.') return undefined;
  let end = at + 1;
  let lastDot = -1;
  while (end < text.length && end - at <= MAX_DOMAIN) {
    const char = text[end]!;
    if (DOMAIN.test(char)) end++;
    else if (
      char === '.' &&
      end > at + 1 &&
      text[end - 1] !== '.' &&
      end + 1 < text.length &&
      DOMAIN.test(text[end + 1]!)
    ) {
      lastDot = end;
      end++;
    } else break;
  }
  if (lastDot === -1) return undefined;
  const tld = text.slice(lastDot + 1, end);
  if (!/^\p{L}{2,24}$/u.test(tld)) return undefined;
  if (text[at + 1] === '-' || text[end - 1] === '-') return undefined;
  return [start, end];
}
