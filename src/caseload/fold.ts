/**
 * How a client's name and a word of a draft are made comparable before they are hashed: both
 * sides go through `foldName`, so "Müller", "Mueller", "MULLER" and "müller" are one name, as
 * are "Szymańska" and "Szymanska", "Şahin" and "Sahin", "Strauß" and "Strauss".
 *
 * The folding is lossy on purpose and the same on both sides; it can only make two spellings
 * meet, never lose a match ("Michael" and "Michal" fold alike, which for a warning is fine).
 * Pure: no browser or Node imports.
 */

/**
 * A word of a name or of a draft: letters (with their combining marks), joined by an inner
 * hyphen or apostrophe ("Jean-Luc", "O'Brien"). The recognizer and the options page split with
 * this same expression, so they cut names into the same words.
 */
export const NAME_WORD_SOURCE = "[\\p{L}\\p{M}]+(?:['’ʼ\\-][\\p{L}\\p{M}]+)*";

/** Letters Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const SPECIAL_RE = /[ßẞæœøłđðþıħŧ]/g;
/** ae, oe, ue → a, o, u ("Mueller" → "muller", as "Müller" → "muller"). */
const UMLAUT_SPELLING = /([aou])e/g;
/** A word or two of ASCII letters and hyphens, single-spaced: nothing to fold but the umlaut spellings. */
const PLAIN = /^[a-z-]+(?: [a-z-]+)?$/;

/**
 * Lower case, no diacritics, ß → ss, the German umlaut spellings ae/oe/ue → a/o/u, no
 * apostrophes, single spaces. "Frau Özdemir-Şahin" → "frau ozdemir-sahin".
 */
export function foldName(value: string): string {
  const lower = value.toLowerCase();
  // Most words of a draft are plain ASCII: only the umlaut spellings to fold (this runs for
  // every new word the worker types).
  if (PLAIN.test(lower)) return lower.replace(UMLAUT_SPELLING, '$1');
  return lower
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UMLAUT_SPELLING, '$1')
    .replace(/['’ʼ`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name or text, as NAME_WORD_SOURCE cuts them (a fresh regex per call). */
export function nameWords(value: string): string[] {
  return value.match(new RegExp(NAME_WORD_SOURCE, 'gu')) ?? [];
}
