/**
 * Splits text into words with offsets, the unit the name rules work on. A word is a run of
 * letters (with combining marks), joined across inner hyphens and apostrophes so "Hans-Peter",
 * "O'Brien" and "al-Assad" stay one word. Pure and allocation-light: it runs on every keystroke.
 */
export interface WordToken {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** First letter upper case. */
  capital: boolean;
  /** Whole word upper case and longer than one letter ("AFP", "LG"). */
  allCaps: boolean;
  /** A "." follows immediately ("M.", "Dr."). */
  dot: boolean;
  /** Nothing but spaces (at most two, no line break) separates it from the previous word. */
  joined: boolean;
  /** First word of the text, of a line, or after . ! ? : (except after an abbreviation or initial). */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * person-name and person-reference tokenise the same draft one after the other; keeping the
 * last result halves that work. Callers must not mutate the returned tokens.
 */
let lastText: string | undefined;
let lastTokens: readonly WordToken[] = [];

export function wordTokens(text: string): readonly WordToken[] {
  if (text === lastText) return lastTokens;
  const tokens = tokenize(text);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  let previous: WordToken | undefined;
  for (const match of text.matchAll(new RegExp(WORD))) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    const gap = text.slice(previousEnd, start);
    const first = word[0]!;
    const capital = first !== first.toLowerCase() && first === first.toUpperCase();
    const allCaps = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    const token: WordToken = {
      start,
      end,
      text: word,
      capital,
      allCaps,
      dot: text.charCodeAt(end) === 46,
      joined: previous !== undefined && isJoiningGap(gap, previous.dot),
      sentenceStart: previous === undefined || startsSentence(gap, previous),
    };
    tokens.push(token);
    previous = token;
    previousEnd = end;
  }
  return tokens;
}

function isJoiningGap(gap: string, previousDot: boolean): boolean {
  const rest = previousDot ? gap.slice(1) : gap;
  return rest.length >= 1 && rest.length <= 2 && /^[ \u00a0]+$/.test(rest);
}

function startsSentence(gap: string, previous: WordToken): boolean {
  if (/[\n!?:]/.test(gap)) return true;
  if (!gap.includes('.')) return false;
  // "Herr M. Becker", "Dr. Weber", "z. B. Anna": a dot after an initial or abbreviation
  // does not end the sentence.
  if (previous.dot && gap.indexOf('.') === 0 && isAbbreviation(previous.text)) return false;
  return true;
}

function isAbbreviation(word: string): boolean {
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

const ABBREVIATIONS = new Set([
  'dr', 'prof', 'fr', 'hr', 'hrn', 'mr', 'mrs', 'ms', 'st', 'bzw', 'ca', 'vgl', 'usw', 'etc',
  'nr', 'str', 'tel', 'geb', 'sen', 'jun', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'jr', 'sr',
  'chr', 'joh', 'wm', 'hl', 'gen', 'präs', 'abg', 'min',
]);
