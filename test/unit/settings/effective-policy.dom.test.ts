import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { EffectivePolicy } from '../../../src/policy/effective';
import { policyFingerprint } from '../../../src/policy/fingerprint';
import { loadEffectivePolicy, watchEffectivePolicy } from '../../../src/settings/effective-policy';
import { managedCacheItem, userSettingsItem } from '../../../src/settings/items';
import { readManagedStorage, type ManagedArea } from '../../../src/settings/read-managed';
import { resetUserSetting, saveUserSettings } from '../../../src/settings/user-settings';

const noSleep = () => Promise.resolve();

/** A managed area that answers `{}` for the first `emptyReads` calls (Chromium at start-up). */
function slowManaged(policy: Record<string, unknown>, emptyReads: number): ManagedArea & { calls: number } {
  const area = {
    calls: 0,
    get: async () => {
      area.calls += 1;
      return area.calls <= emptyReads ? {} : policy;
    },
  };
  return area;
}

const firefoxWithoutPolicy: ManagedArea = {
  get: () => Promise.reject(new Error('Managed storage manifest not found')),
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readManagedStorage', () => {
  it('retries an empty answer with back-off until the policy arrives', async () => {
    const managed = slowManaged({ blockAt: 'high' }, 2);
    const sleep = vi.fn((_ms: number) => noSleep());
    const read = await readManagedStorage({ managed, retryEmpty: true, sleep });
    expect(read).toEqual({ status: 'ok', raw: { blockAt: 'high' } });
    expect(managed.calls).toBe(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([250, 500]);
  });

  it('gives up after the last delay and answers empty', async () => {
    const managed = slowManaged({ blockAt: 'high' }, 99);
    const read = await readManagedStorage({ managed, retryEmpty: true, sleep: noSleep });
    expect(read).toEqual({ status: 'ok', raw: {} });
    expect(managed.calls).toBe(5);
  });

  it('does not retry unless asked (near-miss)', async () => {
    const managed = slowManaged({ blockAt: 'high' }, 1);
    expect(await readManagedStorage({ managed, sleep: noSleep })).toEqual({ status: 'ok', raw: {} });
    expect(managed.calls).toBe(1);
  });

  it("treats Firefox's 'manifest not found' as no policy, other errors as unavailable", async () => {
    expect(await readManagedStorage({ managed: firefoxWithoutPolicy, retryEmpty: false })).toEqual({
      status: 'ok',
      raw: {},
    });
    const broken: ManagedArea = { get: () => Promise.reject(new Error('boom')) };
    expect(await readManagedStorage({ managed: broken })).toEqual({ status: 'unavailable', reason: 'error' });
  });

  it("does not retry Firefox's 'manifest not found': Firefox has no not-yet-loaded state", async () => {
    let calls = 0;
    const managed: ManagedArea = { get: () => (calls++, firefoxWithoutPolicy.get()) };
    const sleep = vi.fn((_ms: number) => noSleep());
    expect(await readManagedStorage({ managed, retryEmpty: true, sleep })).toEqual({ status: 'ok', raw: {} });
    expect(calls).toBe(1);
    expect(sleep).not.toHaveBeenCalled();
    // Near-miss: Chromium's empty answer on the same first start is still retried.
    const chromiumEmpty = slowManaged({ blockAt: 'high' }, 99);
    await readManagedStorage({ managed: chromiumEmpty, retryEmpty: true, sleep: noSleep });
    expect(chromiumEmpty.calls).toBe(5);
  });

  it('feature-detects a missing managed area and cuts off a read that never settles', async () => {
    expect(await readManagedStorage({ managed: null })).toEqual({ status: 'unavailable', reason: 'no-api' });
    const hanging: ManagedArea = { get: () => new Promise(() => {}) };
    expect(await readManagedStorage({ managed: hanging, timeoutMs: 10 })).toEqual({
      status: 'unavailable',
      reason: 'timeout',
    });
  });

  it("reads fakeBrowser's managed storage by default", async () => {
    await fakeBrowser.storage.managed.set({ warnAt: 'high' });
    expect(await readManagedStorage()).toEqual({ status: 'ok', raw: { warnAt: 'high' } });
  });
});

describe('loadEffectivePolicy', () => {
  it('merges admin over user over defaults, with sources, locks, errors and fingerprint', async () => {
    await fakeBrowser.storage.managed.set({ blockAt: 'high', warnAt: 'loud', bogus: 1, userMayChange: ['language'] });
    await userSettingsItem.setValue({ warnAt: 'notice', blockAt: 'off', language: 'en' });
    const effective = await loadEffectivePolicy({ sleep: noSleep });
    // warnAt: the admin's "loud" is invalid, so it is locked at the default; the user's
    // "notice" does not count. language was released with userMayChange.
    expect(effective.policy).toMatchObject({
      blockAt: 'high',
      warnAt: 'warn',
      language: 'en',
      acknowledgeAt: 'warn',
    });
    expect(effective.sources).toMatchObject({
      blockAt: 'admin',
      warnAt: 'admin-invalid',
      language: 'user',
      acknowledgeAt: 'default',
    });
    expect(effective.locked).not.toContain('language');
    expect(effective.locked).toContain('acknowledgeAt');
    expect(effective.adminSet).toEqual(['warnAt', 'blockAt', 'userMayChange']);
    expect(effective.invalid).toEqual(['warnAt']);
    expect(effective.errors).toEqual([
      {
        code: 'unknown-value',
        path: 'warnAt',
        received: 'string',
        allowed: ['notice', 'warn', 'high', 'off'],
        source: 'admin',
      },
      { code: 'unknown-key', path: 'bogus', source: 'admin' },
    ]);
    expect(effective.fingerprint).toBe(
      policyFingerprint({ blockAt: 'high', userMayChange: ['language'] }, [
        { code: 'unknown-value', path: 'warnAt' },
        { code: 'unknown-key', path: 'bogus' },
      ]),
    );
    expect(effective.adminState).toBe('managed');
  });

  it('caches the last good admin policy and uses it when managed storage fails', async () => {
    await fakeBrowser.storage.managed.set({ monitorOnly: true });
    await loadEffectivePolicy({ sleep: noSleep });
    expect((await managedCacheItem.getValue())?.raw).toEqual({ monitorOnly: true });

    const broken: ManagedArea = { get: () => Promise.reject(new Error('boom')) };
    const effective = await loadEffectivePolicy({ managed: broken, sleep: noSleep });
    expect(effective.policy.monitorOnly).toBe(true);
    expect(effective.adminState).toBe('cache');
    expect(effective.adminSet).toEqual(['monitorOnly']);
    expect(effective.locked).toContain('blockAt');
  });

  it('retries at first start (no cache) and when a policy existed before, not for known-unmanaged installs', async () => {
    const first = slowManaged({ blockAt: 'high' }, 2);
    expect((await loadEffectivePolicy({ managed: first, sleep: noSleep })).policy.blockAt).toBe('high');
    expect(first.calls).toBe(3);

    const again = slowManaged({ blockAt: 'high' }, 1);
    expect((await loadEffectivePolicy({ managed: again, sleep: noSleep })).policy.blockAt).toBe('high');
    expect(again.calls).toBe(2);

    await managedCacheItem.setValue({ raw: {}, savedAt: 1 });
    const unmanaged = slowManaged({ blockAt: 'high' }, 1);
    const effective = await loadEffectivePolicy({ managed: unmanaged, sleep: noSleep });
    expect(effective.policy.blockAt).toBe('off');
    expect(unmanaged.calls).toBe(1);
  });

  it('trusts an empty answer after the retries: a removed policy unlocks everything', async () => {
    await managedCacheItem.setValue({ raw: { blockAt: 'high' }, savedAt: 1 });
    const effective = await loadEffectivePolicy({ managed: slowManaged({}, 0), sleep: noSleep });
    expect(effective.policy.blockAt).toBe('off');
    expect(effective.adminState).toBe('none');
    expect((await managedCacheItem.getValue())?.raw).toEqual({});
  });

  it('works in Firefox without a policy: defaults, no errors', async () => {
    const effective = await loadEffectivePolicy({ managed: firefoxWithoutPolicy, sleep: noSleep });
    expect(effective.adminState).toBe('none');
    expect(effective.errors).toEqual([]);
    expect(effective.locked).toEqual([]);
  });

  it('survives garbage in local storage', async () => {
    await fakeBrowser.storage.local.set({ 'policy.user': 'garbage', 'policy.managedCache': 42 });
    const effective = await loadEffectivePolicy({ managed: null, sleep: noSleep });
    expect(effective.adminState).toBe('unavailable');
    expect(effective.errors.map((e) => `${e.source}:${e.code}`)).toEqual(['user:not-an-object']);
  });
});

describe('watchEffectivePolicy', () => {
  async function settle() {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('emits at once from the cache, then the managed value, then live changes', async () => {
    await managedCacheItem.setValue({ raw: { blockAt: 'warn' }, savedAt: 1 });
    await fakeBrowser.storage.managed.set({ blockAt: 'high' });
    const seen: EffectivePolicy[] = [];
    const controller = new AbortController();
    watchEffectivePolicy((p) => seen.push(p), controller.signal, { sleep: noSleep });
    await settle();
    expect(seen.map((p) => `${p.adminState}:${p.policy.blockAt}`)).toEqual(['cache:warn', 'managed:high']);

    // The administrator changes the policy while the page is open.
    await fakeBrowser.storage.managed.set({ blockAt: 'notice', monitorOnly: true, userMayChange: ['language'] });
    await settle();
    expect(seen.at(-1)?.policy).toMatchObject({ blockAt: 'notice', monitorOnly: true });
    expect(seen.at(-1)?.adminSet).toEqual(['blockAt', 'monitorOnly', 'userMayChange']);

    // The user changes a setting the administrator left open.
    await saveUserSettings({ language: 'en' });
    await settle();
    expect(seen.at(-1)?.policy.language).toBe('en');
    expect(seen.at(-1)?.sources.language).toBe('user');

    const count = seen.length;
    controller.abort();
    await fakeBrowser.storage.managed.set({ blockAt: 'off' });
    await saveUserSettings({ language: 'de' });
    await settle();
    expect(seen).toHaveLength(count);
  });

  it('applies a policy that arrives after start-up (Chromium empty-at-start)', async () => {
    const seen: EffectivePolicy[] = [];
    const controller = new AbortController();
    watchEffectivePolicy((p) => seen.push(p), controller.signal, { sleep: noSleep });
    await settle();
    expect(seen.at(-1)?.policy.blockAt).toBe('off');
    await fakeBrowser.storage.managed.set({ blockAt: 'high' });
    await settle();
    expect(seen.at(-1)?.policy.blockAt).toBe('high');
    expect(seen.at(-1)?.adminState).toBe('managed');
    controller.abort();
  });

  it('does not repeat identical results and keeps going when the callback throws', async () => {
    let calls = 0;
    const controller = new AbortController();
    watchEffectivePolicy(
      () => {
        calls += 1;
        throw new Error('consumer bug');
      },
      controller.signal,
      { sleep: noSleep, managed: slowManaged({}, 0) },
    );
    await settle();
    // First start: 'pending' (defaults while storage.managed is read), then the settled 'none'.
    expect(calls).toBe(2);
    await saveUserSettings({ warnAt: 'high' });
    await settle();
    expect(calls).toBe(3);
    // Saving the same value again changes nothing effective: no repeat.
    await saveUserSettings({ warnAt: 'high' });
    await settle();
    expect(calls).toBe(3);
    controller.abort();
  });
});

describe('saveUserSettings', () => {
  it('saves valid user-editable values and refuses the rest with reasons', async () => {
    const result = await saveUserSettings({
      warnAt: 'notice',
      blockAt: 'never',
      monitorOnly: true,
      allowTerms: ['Caritas'],
    });
    expect(result.saved).toEqual(['warnAt', 'allowTerms']);
    expect(result.errors.map((e) => `${e.path}:${e.code}`)).toEqual([
      'blockAt:unknown-value',
      'monitorOnly:not-user-editable',
    ]);
    expect(await userSettingsItem.getValue()).toEqual({ warnAt: 'notice', allowTerms: ['Caritas'] });
    await resetUserSetting('warnAt');
    expect(await userSettingsItem.getValue()).toEqual({ allowTerms: ['Caritas'] });
  });
});
