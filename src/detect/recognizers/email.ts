/**
 * E-mail addresses. Scans outwards from each '@' instead of running one big regex, so the work
 * is bounded by the address (an '@' stops both scans) and "@Maria" mentions or "name@host"
 * without a top-level domain are never reported.
 */
import type { Recognizer, ScanContext, Span } from '../recognizer';

const LOCAL = /[\p{L}\p{N}._%+\-']/u;
const DOMAIN = /[\p{L}\p{N}-]/u;
/**
 * Role mailboxes (RFC 2142 and their German counterparts): an organisation's address, not a
 * person's. Reported below the evidence bar (scoring.ts EVIDENCE_MIN), so "Anmeldung an
 * info@traeger.de" next to "Schulden" is a notice, not data about someone.
 */
const ROLE_MAILBOXES = new Set([
  'info',
  'kontakt',
  'contact',
  'mail',
  'post',
  'office',
  'buero',
  'büro',
  'team',
  'service',
  'support',
  'hallo',
  'hello',
  'anmeldung',
  'beratung',
  'verwaltung',
  'sekretariat',
  'empfang',
  'presse',
  'press',
  'noreply',
  'no-reply',
  'webmaster',
  'postmaster',
]);
const ROLE_MAILBOX_SCORE = 0.4;

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
      if (span) {
        const role = ROLE_MAILBOXES.has(text.slice(span[0], at).toLowerCase());
        spans.push({
          category: 'identifier',
          kind: 'email',
          start: span[0],
          end: span[1],
          score: role ? ROLE_MAILBOX_SCORE : 0.95,
          ...(role ? { reason: 'role-mailbox' } : {}),
        });
      }
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
