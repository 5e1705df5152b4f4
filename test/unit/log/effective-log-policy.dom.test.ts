import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadLogPolicy, watchLogPolicy } from '../../../src/log/effective-log-policy';

const endpoint = { url: 'http://127.0.0.1:8765/collect', format: 'json', token: 't' };

describe('the log policy from src/settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: one year, no endpoint, no label', async () => {
    const policy = await loadLogPolicy();
    expect(policy).toMatchObject({ logRetentionDays: 365, logEndpoint: null, userLabel: '' });
    expect(policy.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('takes retention, endpoint and label from the administrator policy', async () => {
    const defaults = await loadLogPolicy();
    await fakeBrowser.storage.managed.set({ logRetentionDays: 30, logEndpoint: endpoint, userLabel: 'Team Nord' });
    const getPolicy = watchLogPolicy(new AbortController().signal);
    await vi.waitFor(async () => expect((await getPolicy()).logRetentionDays).toBe(30));
    const policy = await getPolicy();
    expect(policy).toMatchObject({ logRetentionDays: 30, logEndpoint: endpoint, userLabel: 'Team Nord' });
    expect(policy.fingerprint).not.toBe(defaults.fingerprint);
    expect(policy.provisional).toBeUndefined();
    expect(await loadLogPolicy()).toEqual(policy);
  });

  it('passes every effective policy it sees on, so the background needs no second watch', async () => {
    const seen: string[] = [];
    watchLogPolicy(
      new AbortController().signal,
      () => undefined,
      (effective) => seen.push(effective.policy.guidelinesVersion),
    );
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await fakeBrowser.storage.managed.set({ guidelinesVersion: '2026-11' });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('2026-11'));
  });

  it('first start: waits briefly for the administrator policy, then answers provisionally', async () => {
    // storage.managed answers only after 200 ms, as Chromium does right after start-up.
    const slow = new Promise<void>((resolve) => setTimeout(resolve, 200));
    const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (...args) => {
      await slow;
      return get(...(args as Parameters<typeof get>));
    });
    await fakeBrowser.storage.managed.set({ logEndpoint: endpoint, userLabel: 'Team Nord' });
    const getPolicy = watchLogPolicy(new AbortController().signal);
    const early = await getPolicy();
    expect(early.provisional).toBe(true);
    expect(early.logEndpoint).toBeNull();
    const settled = await getPolicy(5000);
    expect(settled.provisional).toBeUndefined();
    expect(settled).toMatchObject({ logEndpoint: endpoint, userLabel: 'Team Nord' });
  });
});
