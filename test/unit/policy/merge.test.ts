import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { mergePolicy } from '../../../src/policy/merge';
import { POLICY_KEYS } from '../../../src/policy/schema';
import type { Policy } from '../../../src/policy/types';

const DEFAULT_POLICY_SUBSET = (keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, (DEFAULT_POLICY as unknown as Record<string, unknown>)[key]]));

describe('mergePolicy: administrator, then user, then defaults', () => {
  it('uses defaults when nobody set anything', () => {
    const merged = mergePolicy({}, {});
    expect(merged.policy).toEqual(DEFAULT_POLICY);
    expect(merged.locked).toEqual([]);
    expect(new Set(Object.values(merged.sources))).toEqual(new Set(['default']));
    expect(Object.keys(merged.sources).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each([
    // [admin, user, expected warnAt, expected source, locked]
    [{ warnAt: 'high' }, { warnAt: 'notice' }, 'high', 'admin', true],
    [{}, { warnAt: 'notice' }, 'notice', 'user', false],
    // Near-miss of the old rule: the admin set only blockAt, yet warnAt is locked too.
    [{ blockAt: 'high' }, { warnAt: 'notice' }, 'warn', 'default', true],
    // Released: the admin lists warnAt in userMayChange and does not set it.
    [{ blockAt: 'high', userMayChange: ['warnAt'] }, { warnAt: 'notice' }, 'notice', 'user', false],
    // Released but also set: the admin's value wins and stays locked.
    [{ warnAt: 'high', userMayChange: ['warnAt'] }, { warnAt: 'notice' }, 'high', 'admin', true],
    // Another key released: warnAt stays locked.
    [{ blockAt: 'high', userMayChange: ['language'] }, { warnAt: 'notice' }, 'warn', 'default', true],
    [{}, {}, 'warn', 'default', false],
  ] as const)('admin %j + user %j → warnAt %s from %s (locked: %s)', (admin, user, value, source, locked) => {
    const merged = mergePolicy(admin as Partial<Policy>, user);
    expect(merged.policy.warnAt).toBe(value);
    expect(merged.sources.warnAt).toBe(source);
    expect(merged.locked.includes('warnAt')).toBe(locked);
  });

  it('with any administrator key every key is locked except the released ones; adminSet counts what was set', () => {
    const merged = mergePolicy({ blockAt: 'high', monitorOnly: true, userMayChange: ['language'] }, { language: 'en' });
    expect(merged.managed).toBe(true);
    expect(merged.adminSet).toEqual(['blockAt', 'monitorOnly', 'userMayChange']);
    expect(merged.locked).toEqual(POLICY_KEYS.filter((key) => key !== 'language'));
    expect(merged.sources.language).toBe('user');
    expect(merged.policy).toMatchObject({ blockAt: 'high', monitorOnly: true, language: 'en' });
  });

  it.each([
    // [what the user stored, why it must not count under a policy]
    [{ sites: { whatsapp: false, facebook: true, messenger: true } }, 'unticking a site switches protection off'],
    [{ allowTerms: ['Depression', 'Jugendamt'] }, 'allowed terms hide findings'],
    [{ logRetentionDays: 1 }, 'a short retention deletes the records'],
    [{ acknowledgeAt: 'off' }, 'no acknowledgement, no record'],
  ] as const)('under a policy a stored user value %j is ignored (%s)', (user, _why) => {
    const merged = mergePolicy({ userLabel: 'team-nord-07' }, user as Partial<Policy>);
    expect(merged.policy).toMatchObject(DEFAULT_POLICY_SUBSET(Object.keys(user)));
    for (const key of Object.keys(user)) expect(merged.locked).toContain(key);
  });

  it('an administrator key with an invalid value is locked at the default and flagged', () => {
    // parsePolicy dropped "blockAt": "hoch"; the facts still say it was set.
    const merged = mergePolicy({ acknowledgeAt: 'warn' }, { blockAt: 'high' }, { present: true, invalid: ['blockAt'] });
    expect(merged.policy.blockAt).toBe(DEFAULT_POLICY.blockAt);
    expect(merged.sources.blockAt).toBe('admin-invalid');
    expect(merged.locked).toContain('blockAt');
    expect(merged.invalid).toEqual(['blockAt']);
    expect(merged.adminSet).toEqual(['acknowledgeAt', 'blockAt']);
  });

  it('an invalid key is locked even when it is also released', () => {
    const merged = mergePolicy(
      { userMayChange: ['blockAt'] },
      { blockAt: 'off' },
      { present: true, invalid: ['blockAt'] },
    );
    expect(merged.locked).toContain('blockAt');
    expect(merged.policy.blockAt).toBe(DEFAULT_POLICY.blockAt);
  });

  it('an invalid userMayChange releases nothing (its safe default is the empty list)', () => {
    const merged = mergePolicy(
      { userMayChange: ['language'] },
      { language: 'en' },
      { present: true, invalid: ['userMayChange'] },
    );
    expect(merged.locked).toContain('language');
    expect(merged.policy.language).toBe('auto');
  });

  it('a policy with only unknown or invalid keys still locks everything', () => {
    const merged = mergePolicy({}, { warnAt: 'off' }, { present: true, invalid: [] });
    expect(merged.managed).toBe(true);
    expect(merged.policy.warnAt).toBe('warn');
    expect(merged.locked).toEqual([...POLICY_KEYS]);
  });

  it("users may always add custom terms: they are appended to the organisation's", () => {
    const admin = { customTerms: [{ term: 'Lindenhof', category: 'social' as const }] };
    const own = [{ term: 'Wohngruppe Süd', category: 'custom' as const }];
    const merged = mergePolicy(admin, { customTerms: own });
    expect(merged.locked).toContain('customTerms');
    expect(merged.policy.customTerms).toEqual([...admin.customTerms, ...own]);
    expect(merged.userTerms).toEqual(own);
    // Near-miss: allowTerms takes nothing from the user under a policy (it removes protection).
    expect(mergePolicy(admin, { allowTerms: ['Lindenhof'] }).policy.allowTerms).toEqual([]);
    // And without an admin customTerms the user's terms still count.
    expect(mergePolicy({ blockAt: 'high' }, { customTerms: own }).policy.customTerms).toEqual(own);
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
    expect(merged.adminSet).toEqual(['logEndpoint']);
    expect(merged.sources.logEndpoint).toBe('admin');
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
