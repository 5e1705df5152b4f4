import { createHmac as nodeHmac, createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addNames } from '../../../src/caseload/hash-names';
import { caseloadFromNames } from '../../../src/caseload/build';
import { namesFromLines } from '../../../src/caseload/import';
import { createHmac, createTagger, sha256 } from '../../../src/caseload/sha256';
import { KEY_A } from './helpers';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('pure SHA-256 and HMAC-SHA-256 agree with Node/OpenSSL', () => {
  // Lengths around the block edges: 55/56 bytes change the padding to a second block, 64 fills one.
  const lengths = [0, 1, 3, 31, 32, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200, 1000];
  it.each(lengths)('sha256 of %i bytes', (n) => {
    const message = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
    expect(hex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
  });

  // RFC 4231 test cases 1, 2 and 6 (a key longer than the block is hashed first).
  it.each([
    ['0b'.repeat(20), 'Hi There', 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ['4a656665', 'what do ya want for nothing?', '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    [
      'aa'.repeat(131),
      'Test Using Larger Than Block-Size Key - Hash Key First',
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    ],
  ])('RFC 4231 key %s', (key, message, expected) => {
    expect(hex(createHmac(Buffer.from(key, 'hex'))(bytes(message)))).toBe(expected);
  });

  it.each(['kai', 'omid rahimi', 'szymanska', 'ozdemir-sahin', 'x'.repeat(100)])('HMAC of "%s"', (message) => {
    const ours = createHmac(KEY_A);
    expect(hex(ours(bytes(message)))).toBe(nodeHmac('sha256', KEY_A).update(message).digest('hex'));
    // The same function again: the precomputed pad states are not mutated by a call.
    expect(hex(ours(bytes(message)))).toBe(nodeHmac('sha256', KEY_A).update(message).digest('hex'));
  });

  it('the options page (WebCrypto) and the content script (pure TS) store and look up the same tags', async () => {
    const parsed = namesFromLines('Omid Rahimi\nKai\nAnna Lena Schmidt\nSzymańska, Frau');
    const viaWebCrypto = await addNames({ key: KEY_A, names: [], tags: [] }, parsed, {
      crypto: webcrypto as unknown as Crypto,
    });
    const viaPure = caseloadFromNames(parsed.names, KEY_A);
    expect(viaWebCrypto.added).toBe(4);
    expect([...viaWebCrypto.caseload.tags].sort()).toEqual([...viaPure.tags].sort());
    expect([...viaWebCrypto.caseload.names].sort()).toEqual([...viaPure.names].sort());
  });
});

describe('the content script’s tagger gives the same tags as HMAC-SHA-256', () => {
  // ASCII under 56 bytes takes the one-block path; the others the general one.
  it.each(['kai', 'omid rahimi', 'a'.repeat(55), 'a'.repeat(56), 'szymańska', 'ó', '', 'x'.repeat(200)])(
    '%j',
    (message) => {
      const expected = nodeHmac('sha256', KEY_A).update(message).digest('hex').slice(0, 16);
      expect(createTagger(KEY_A, 8)(message)).toBe(expected);
    },
  );
});
