/**
 * The worker's own clients: every word and two-word sequence of the draft is looked up in the
 * caseload (`options.clients`, hashes only: src/caseload/matcher.ts), in any case and spelling
 * the folding makes equal ("omid", "Omid", "OMID", "Szymanska" for „Szymańska“). A genitive
 * ("Omids Termin", "Kai's") is the name; a longer word that starts with it ("Kaiser" for
 * "Kai") is not. A client greeted at the start of a line ("Hallo Kai, passt Dienstag?") gets
 * the reason `greeting`: the client rule (src/detect/client-rule.ts) treats greeting a client
 * more lightly than talking about one.
 */
import { NAME_WORD_SOURCE } from '../../caseload/fold';
import type { Recognizer, ScanContext, Span } from '../recognizer';
import type { ClientMatcher } from '../types';

export const CLIENT_SCORE = 0.95;

/** A salutation and an optional title, and nothing else, between the line start and the name. */
const GREETING =
  /^[^\S\n]*(?:hallo|hello|hi|hey|huhu|moin(?: moin)?|servus|salut|salam|selam|merhaba|grüß dich|grüß gott|guten (?:morgen|tag|abend)|good (?:morning|afternoon|evening)|liebe[rs]?|sehr geehrte[rs]?|dear|danke(?: dir)?|vielen dank|tschüss?|ciao|bye|thanks|thank you)[^\S\n]*[,!]?[^\S\n]*(?:(?:frau|herr|mr|mrs|ms)\.?[^\S\n]+)?$/;
/** How far back a greeting is looked for. */
const GREETING_REACH = 40;
/** Between two words of one name: a few spaces, no line break. */
const NAME_GAP = /^[^\S\n]{1,3}$/;

function greeted(lower: string, start: number): boolean {
  const from = Math.max(0, start - GREETING_REACH);
  let before = lower.slice(from, start);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart >= 0) before = before.slice(lineStart + 1);
  else if (from > 0) return false; // the line started further back than any greeting reaches
  return GREETING.test(before);
}

/** The word, or its genitive stem ("omids", "kai's" → "omid", "kai"). */
function matches(clients: ClientMatcher, words: string): boolean {
  if (clients.has(words)) return true;
  if (words.length > 3 && words.endsWith('s')) {
    const stem = words.replace(/['’ʼ]?s$/, '');
    return stem.length >= 2 && clients.has(stem);
  }
  return false;
}

function recognize(ctx: ScanContext): Span[] {
  const { clients, caseload } = ctx.options;
  if (!clients || caseload === 'off') return [];
  const lower = ctx.lower;
  const words = [...lower.matchAll(new RegExp(NAME_WORD_SOURCE, 'gu'))];
  const spans: Span[] = [];
  const emit = (start: number, end: number) =>
    spans.push({
      category: 'name',
      kind: 'client',
      start,
      end,
      score: CLIENT_SCORE,
      reason: greeted(lower, start) ? 'greeting' : 'caseload',
    });
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const start = word.index;
    const end = start + word[0].length;
    const single = matches(clients, word[0]);
    // Every word of two letters or more of a stored name is stored on its own too, so a pair
    // can only start with a word that matches alone, or with an initial: most words cost one lookup.
    const next = words[i + 1];
    if (
      (single || word[0].length === 1) &&
      next &&
      NAME_GAP.test(lower.slice(end, next.index)) &&
      matches(clients, `${word[0]} ${next[0]}`)
    ) {
      emit(start, next.index + next[0].length);
      i++;
      continue;
    }
    if (single) {
      emit(start, end);
      continue;
    }
    // "Omid-Termin", "Müller-Lüdenscheidt" when only one part is a client.
    if (word[0].includes('-')) {
      let at = start;
      for (const part of word[0].split('-')) {
        if (part.length >= 2 && matches(clients, part)) emit(at, at + part.length);
        at += part.length + 1;
      }
    }
  }
  return spans;
}

export const recognizer: Recognizer = {
  id: 'client-name',
  kinds: ['client'],
  recognize,
};
