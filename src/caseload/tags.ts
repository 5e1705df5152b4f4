/**
 * What is hashed for one client, and how a hash becomes a stored tag. Pure.
 *
 * For "Omid Rahimi" the phrases are "omid", "rahimi" and "omid rahimi", so the draft's single
 * words and two-word sequences can be looked up; a hyphenated name also gives its parts
 * ("müller-lüdenscheidt" → "muller", "ludenscheidt"), and a name of three words gives its
 * adjacent pairs plus first + last ("anna lena schmidt" → "anna lena", "lena schmidt",
 * "anna schmidt"). Words of one letter (an initial) are never hashed on their own.
 */
import { foldName, nameWords } from './fold';

/** Bytes of the HMAC kept per tag: 64 bits, so 1,500 tags meet a draft's word by chance ~1 in 10^16. */
export const TAG_BYTES = 8;
/** A stored tag: TAG_BYTES as lower-case hex. */
export const TAG_PATTERN = /^[0-9a-f]{16}$/;
/** A name of more words than this is not a name (a sentence pasted by mistake). */
export const MAX_NAME_WORDS = 6;
export const MAX_NAME_LENGTH = 120;

export interface ClientName {
  first: string;
  last: string;
}

export interface NamePhrases {
  /** The whole folded name: tells duplicates apart and is counted, never shown. */
  identity: string;
  /** Every folded word and word pair to hash for matching (identity included when ≤ 2 words). */
  phrases: string[];
}

/** The phrases of one name, or null when it has no word of two letters or more, or is too long. */
export function phrasesOf(name: ClientName): NamePhrases | null {
  const words = [...nameWords(name.first), ...nameWords(name.last)].map(foldName).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  if (name.first.length + name.last.length > MAX_NAME_LENGTH) return null;
  if (!words.some((w) => w.length >= 2)) return null;
  const phrases = new Set<string>();
  for (const word of words) {
    if (word.length >= 2) phrases.add(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part.length >= 2) phrases.add(part);
  }
  for (let i = 0; i + 1 < words.length; i++) phrases.add(`${words[i]} ${words[i + 1]}`);
  if (words.length > 2) phrases.add(`${words[0]} ${words[words.length - 1]}`);
  return { identity: words.join(' '), phrases: [...phrases] };
}

/** The stored tag of an HMAC digest: its first TAG_BYTES bytes as hex. */
export function tagOf(digest: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < TAG_BYTES; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}

const encoder = new TextEncoder();
export function utf8(value: string): Uint8Array {
  return encoder.encode(value);
}
