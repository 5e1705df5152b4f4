/**
 * A caseload built synchronously with the pure-TS HMAC: for the benchmarks, the tests and
 * tools in Node. The options page builds the same tags with WebCrypto (hash-names.ts); a test
 * proves both agree. Pure.
 */
import { createHmac } from './sha256';
import type { Caseload } from './stored';
import { phrasesOf, tagOf, utf8, type ClientName } from './tags';

export function caseloadFromNames(names: readonly ClientName[], key: Uint8Array): Caseload {
  const hmac = createHmac(key);
  const tag = (phrase: string) => tagOf(hmac(utf8(phrase)));
  const identities = new Set<string>();
  const tags = new Set<string>();
  for (const name of names) {
    const phrases = phrasesOf(name);
    if (!phrases) continue;
    identities.add(tag(phrases.identity));
    for (const phrase of phrases.phrases) tags.add(tag(phrase));
  }
  return { key, names: [...identities], tags: [...tags] };
}
