import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { mergePolicy } from '../../../src/policy/merge';
import { POLICY_KEYS } from '../../../src/policy/schema';

describe('mergePolicy: administrator, then user, then defaults', () => {
  it('uses defaults when nobody set anything', () => {
    const merged = mergePolicy({}, {});
    expect(merged.policy).toEqual(DEFAULT_POLICY);
    expect(merged.locked).toEqual([]);
    expect(new Set(Object.values(merged.sources))).toEqual(new Set(['default']));
    expect(Object.keys(merged.sources).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each([
    // [admin, user, expected warnAt, expected source]
    [{ warnAt: 'high' }, { warnAt: 'notice' }, 'high', 'admin'],
    [{}, { warnAt: 'notice' }, 'notice', 'user'],
    [{ blockAt: 'high' }, { warnAt: 'notice' }, 'notice', 'user'],
    [{}, {}, 'warn', 'default'],
  ] as const)('admin %j + user %j → warnAt %s from %s', (admin, user, value, source) => {
    const merged = mergePolicy(admin, user);
    expect(merged.policy.warnAt).toBe(value);
    expect(merged.sources.warnAt).toBe(source);
    expect(merged.locked.includes('warnAt')).toBe(source === 'admin');
  });

  it('locks every key the administrator set, and only those', () => {
    const merged = mergePolicy({ blockAt: 'high', monitorOnly: true }, { language: 'en' });
    expect(merged.locked).toEqual(['blockAt', 'monitorOnly']);
    expect(merged.sources.language).toBe('user');
    expect(merged.policy).toMatchObject({ blockAt: 'high', monitorOnly: true, language: 'en' });
  });

  it('ignores and reports user values for keys only administrators may set', () => {
    const merged = mergePolicy({}, { monitorOnly: true, userLabel: 'me', warnAt: 'off' });
    expect(merged.policy.monitorOnly).toBe(false);
    expect(merged.policy.userLabel).toBe('');
    expect(merged.policy.warnAt).toBe('off');
    expect(merged.errors).toEqual([
      { code: 'not-user-editable', path: 'monitorOnly', source: 'user' },
      { code: 'not-user-editable', path: 'userLabel', source: 'user' },
    ]);
  });

  it('an explicit admin null for logEndpoint wins over nothing', () => {
    const merged = mergePolicy({ logEndpoint: null }, {});
    expect(merged.policy.logEndpoint).toBeNull();
    expect(merged.locked).toEqual(['logEndpoint']);
  });

  it('returns copies: changing the result changes neither inputs nor defaults', () => {
    const admin = { allowTerms: ['Caritas'] };
    const merged = mergePolicy(admin, {});
    merged.policy.allowTerms.push('x');
    merged.policy.sites.whatsapp = false;
    expect(admin.allowTerms).toEqual(['Caritas']);
    expect(DEFAULT_POLICY.sites.whatsapp).toBe(true);
    expect(mergePolicy({}, {}).policy.sites.whatsapp).toBe(true);
  });
});
