/**
 * Adding names to the caseload on the options page: each name's phrases are hashed with
 * WebCrypto (HMAC-SHA-256, the per-profile key), in chunks with a pause between them, so a
 * 5,000-line import keeps the page responsive and can show its progress. The plaintext names
 * are dropped as soon as they are hashed; what comes back holds tags and counts only.
 * Uses only web standards (crypto.subtle, crypto.getRandomValues), present in Node as well.
 */
import { KEY_BYTES, MAX_NAMES, type Caseload } from './stored';
import { phrasesOf, tagOf, utf8, type ClientName } from './tags';
import type { ParsedNames } from './import';

export interface AddOutcome {
  caseload: Caseload;
  added: number;
  /** Already stored, or twice in this input. */
  duplicates: number;
  empty: number;
  /** No letters, too many words, too long. */
  invalid: number;
  /** Not added because the list is full (MAX_NAMES). */
  overLimit: number;
}

export interface AddOptions {
  /** Names hashed between two pauses. */
  chunk?: number;
  /** Lets the page breathe between chunks (default: a macrotask). */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  crypto?: Crypto;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function newKey(crypto: Crypto = globalThis.crypto): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(KEY_BYTES));
}

export async function addNames(
  existing: Caseload | null,
  parsed: ParsedNames,
  options: AddOptions = {},
): Promise<AddOutcome> {
  const crypto = options.crypto ?? globalThis.crypto;
  const chunk = options.chunk ?? 250;
  const pause = options.pause ?? macrotask;
  const key = existing?.key ?? newKey(crypto);
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const tagFor = async (phrase: string) =>
    tagOf(new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, utf8(phrase) as Uint8Array<ArrayBuffer>)));

  const names = new Set(existing?.names ?? []);
  const tags = new Set(existing?.tags ?? []);
  const outcome = { added: 0, duplicates: 0, empty: parsed.empty, invalid: parsed.invalid, overLimit: 0 };
  const queue: Array<ClientName | undefined> = parsed.names.slice();
  const total = queue.length;
  for (let start = 0; start < total; start += chunk) {
    const end = Math.min(total, start + chunk);
    for (let i = start; i < end; i++) {
      const name = queue[i]!;
      queue[i] = undefined; // the plaintext goes as soon as it is hashed
      const phrases = phrasesOf(name);
      if (!phrases) {
        outcome.invalid++;
        continue;
      }
      const identity = await tagFor(phrases.identity);
      if (names.has(identity)) {
        outcome.duplicates++;
        continue;
      }
      if (names.size >= MAX_NAMES) {
        outcome.overLimit++;
        continue;
      }
      names.add(identity);
      for (const phrase of phrases.phrases) tags.add(await tagFor(phrase));
      outcome.added++;
    }
    options.onProgress?.(end, total);
    if (end < total) await pause();
  }
  return { caseload: { key, names: [...names], tags: [...tags] }, ...outcome };
}
