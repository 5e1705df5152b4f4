import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, policyFingerprint } from '../../../src/policy/fingerprint';

describe('policyFingerprint', () => {
  it('is FNV-1a 64 (published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('does not depend on key order at any level', () => {
    const a = policyFingerprint({ warnAt: 'high', sites: { whatsapp: true, facebook: false, messenger: true } });
    const b = policyFingerprint({ sites: { messenger: true, facebook: false, whatsapp: true }, warnAt: 'high' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when any value changes (near-misses)', () => {
    const base = policyFingerprint({ warnAt: 'high', allowTerms: ['a', 'b'] });
    expect(policyFingerprint({ warnAt: 'warn', allowTerms: ['a', 'b'] })).not.toBe(base);
    expect(policyFingerprint({ warnAt: 'high', allowTerms: ['b', 'a'] })).not.toBe(base);
    expect(policyFingerprint({ warnAt: 'high' })).not.toBe(base);
  });

  it('is stable across releases for the same policy (pinned value)', () => {
    expect(policyFingerprint({})).toBe(fnv1a64('{}'));
    expect(policyFingerprint({ monitorOnly: true })).toBe(fnv1a64('{"monitorOnly":true}'));
  });

  it('does not hash the token itself, only whether one is set', () => {
    const endpoint = { url: 'https://siem.example.org', format: 'json' as const };
    const one = policyFingerprint({ logEndpoint: { ...endpoint, token: 'one' } });
    expect(policyFingerprint({ logEndpoint: { ...endpoint, token: 'two' } })).toBe(one);
    expect(policyFingerprint({ logEndpoint: { ...endpoint, token: '' } })).not.toBe(one);
  });

  it('canonicalJson sorts keys and matches JSON otherwise', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], u: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});
