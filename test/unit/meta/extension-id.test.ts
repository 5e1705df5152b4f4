import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, MANIFEST_KEY } from '../../../src/extension-id';

/** Chromium's id: the first 32 hex digits of SHA-256 over the DER public key, digits 0-f mapped to a-p. */
function idFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

describe('extension id', () => {
  it('is the id Chromium derives from the manifest key', () => {
    expect(idFromKey(MANIFEST_KEY)).toBe(CHROME_EXTENSION_ID);
  });

  it('changes when the key changes (the derivation is not a constant)', () => {
    expect(idFromKey(MANIFEST_KEY.replace(/^MIIB/, 'MIIC'))).not.toBe(CHROME_EXTENSION_ID);
  });
});
