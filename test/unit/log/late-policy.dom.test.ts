/**
 * Chromium may answer storage.managed with `{}` for seconds after start-up (3.8–4.3 s seen on a
 * busy machine, longer than src/settings retries an empty answer) and deliver the administrator
 * policy later through storage.onChanged. A record made in that gap must still reach the
 * collector the late policy names. Wired as in production (startBackground), fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startBackground } from '../../../src/background/main';
import { LATE_POLICY_MS } from '../../../src/log/effective-log-policy';
import { createLogStore } from '../../../src/log/store';
import { managedCacheItem } from '../../../src/settings/items';
import { DEFAULT_RETRY_DELAYS } from '../../../src/settings/read-managed';

const endpoint = { url: 'https://collector.example/collect', format: 'json', token: 't' };
const event = {
  decision: 'acknowledged',
  site: 'whatsapp',
  surface: 'chat',
  severity: 'high',
  categories: { name: 1, health: 1 },
  kinds: { person: 1, 'health-term': 1 },
  consentConfirmed: true,
  eventId: 'evt-late-0001',
  time: 1,
};
const retryTotal = DEFAULT_RETRY_DELAYS.reduce((sum, ms) => sum + ms, 0);

describe('a record made before the administrator policy arrives', () => {
  let stop: () => void = () => undefined;
  const fetch = vi.fn(async (_url: string, _init: { body: string }) => ({ ok: true, status: 200 }));

  beforeEach(() => {
    fakeBrowser.reset();
    fetch.mockClear();
    vi.stubGlobal('fetch', fetch);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function record(eventId: string): Promise<string> {
    const answer = (await fakeBrowser.runtime.sendMessage({
      type: 'content→background:record',
      payload: { ...event, eventId },
    })) as { ok: boolean; id: string };
    expect(answer.ok).toBe(true);
    return answer.id;
  }

  const delivered = () =>
    fetch.mock.calls.flatMap(([, init]) => (JSON.parse(init.body) as { records: Array<{ id: string }> }).records);

  it('first start, policy after the retries gave up: the record goes to the collector named later', async () => {
    stop = startBackground();
    // Chromium answers {} through every retry: the background settles on "no administrator policy".
    await vi.advanceTimersByTimeAsync(retryTotal + 100);
    const id = await record('evt-late-0001');
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch).not.toHaveBeenCalled();
    // The policy arrives (storage.onChanged, area 'managed'), as Chromium delivers it after ~4 s.
    await fakeBrowser.storage.managed.set({ logEndpoint: endpoint });
    await vi.advanceTimersByTimeAsync(1000);
    expect(delivered().map((r) => r.id)).toEqual([id]);
    // Content-free: what is sent names no draft, only the record's fields.
    expect(JSON.stringify(delivered())).not.toMatch(/Frau|Depression/);
  });

  it('known-unmanaged start (cached "no policy"): a record is not queued for a collector that may never come', async () => {
    await managedCacheItem.setValue({ raw: {}, savedAt: 1 });
    stop = startBackground();
    await vi.advanceTimersByTimeAsync(100);
    const id = await record('evt-late-0002');
    expect((await createLogStore().readQueue()).pending).not.toContain(id);
  });

  it('after the late-policy window a "no collector" answer is final: the record is not queued', async () => {
    stop = startBackground();
    await vi.advanceTimersByTimeAsync(LATE_POLICY_MS + 1000);
    const id = await record('evt-late-0003');
    expect((await createLogStore().readQueue()).pending).not.toContain(id);
  });
});
