import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  FORWARD_ALARM,
  PURGE_ALARM,
  startLogBackground,
  type LogBackground,
  type LogPolicy,
} from '../../../src/log/background';
import type { FetchLike } from '../../../src/log/queue';
import type { LogRecord } from '../../../src/log/record';
import { readLog, verifyLog } from '../../../src/log/store';

const CANARY = 'KANARIE-7f3a Frau Sommer Diagnose';

const event = {
  decision: 'acknowledged',
  site: 'facebook',
  surface: 'post',
  severity: 'high',
  categories: { name: 1, health: 1 },
  kinds: { person: 1, 'health-term': 1 },
  consentConfirmed: true,
  eventId: 'evt-00000001',
  time: 1,
};

const basePolicy: LogPolicy = {
  logRetentionDays: 365,
  logEndpoint: null,
  userLabel: 'Team Nord',
  fingerprint: 'fp-42',
};

async function allStorage(): Promise<string> {
  const areas = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.session.get(null),
    fakeBrowser.storage.sync.get(null),
  ]);
  return JSON.stringify(areas);
}

describe('log background', () => {
  let background: LogBackground | undefined;
  let policy: LogPolicy;
  let clock: number;

  beforeEach(() => {
    fakeBrowser.reset();
    policy = { ...basePolicy };
    clock = Date.UTC(2026, 10, 29, 9);
  });
  afterEach(() => background?.stop());

  function start(fetch?: FetchLike) {
    background = startLogBackground({
      getPolicy: async () => policy,
      now: () => clock,
      random: () => 0.5,
      extensionVersion: '0.1.0',
      ...(fetch ? { fetch } : {}),
    });
    return background;
  }

  const send = (payload: unknown) => fakeBrowser.runtime.sendMessage({ type: 'content→background:record', payload });

  it('records an event and answers with the record id; the record is content-free', async () => {
    start();
    const reply = await send({ ...event, draft: CANARY, recipient: CANARY, chatTitle: CANARY, offsets: [1, 5] });
    expect(reply).toMatchObject({ ok: true });
    const { records } = await readLog();
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record.id).toBe((reply as { id: string }).id);
    expect(record).toMatchObject({
      decision: 'acknowledged',
      site: 'facebook',
      surface: 'post',
      severity: 'high',
      consentConfirmed: true,
      policyVersion: 'fp-42',
      extensionVersion: '0.1.0',
      userLabel: 'Team Nord',
      time: '2026-11-29T09:00:00.000Z',
    });
    expect(Object.keys(record).sort()).toEqual(
      [
        'v',
        'seq',
        'id',
        'time',
        'decision',
        'site',
        'surface',
        'severity',
        'categories',
        'kinds',
        'consentConfirmed',
        'policyVersion',
        'extensionVersion',
        'userLabel',
        'prevHash',
        'hash',
      ].sort(),
    );
    expect(await allStorage()).not.toContain('KANARIE');
  });

  it('the record is persisted before the reply (slow storage)', async () => {
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return realSet(items);
    });
    start();
    const reply = await send(event);
    vi.restoreAllMocks();
    expect(reply).toMatchObject({ ok: true });
    const { records } = await readLog();
    expect(records.map((r) => r.id)).toEqual([(reply as { id: string }).id]);
  });

  it('a retried event after a worker restart is stored once and answered with the same id', async () => {
    const first = start();
    const reply1 = await send(event);
    first.stop();
    // A new worker: new store instance, same storage.
    start();
    const reply2 = await send(event);
    expect(reply2).toEqual(reply1);
    expect((await readLog()).records).toHaveLength(1);
    expect(await verifyLog()).toMatchObject({ ok: true, count: 1 });
  });

  it.each([
    ['text as decision', { decision: CANARY }],
    ['text as event id', { eventId: CANARY }],
    ['text as category', { categories: { [CANARY]: 1 } }],
    ['text as a count', { kinds: { person: CANARY } }],
    ['not an object', null],
  ])('rejects a hostile event (%s) without storing or echoing it', async (_name, patch) => {
    start();
    const reply = await send(patch === null ? CANARY : { ...event, ...patch });
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).not.toContain('KANARIE');
    expect((await readLog()).records).toHaveLength(0);
    expect(await allStorage()).not.toContain('KANARIE');
  });

  it('names only known kinds: built-in ones and the policy pattern names; others count as "other"', async () => {
    policy.customPatternNames = ['Aktenzeichen'];
    start();
    await send({ ...event, kinds: { person: 1, [CANARY]: 2, 'KANARIE-7f3a': 1, Aktenzeichen: 1 } });
    const [record] = (await readLog()).records;
    expect(record!.kinds).toEqual({ person: 1, other: 3, Aktenzeichen: 1 });
    expect(await allStorage()).not.toContain('KANARIE');
  });

  it('records even when the policy cannot be read', async () => {
    background = startLogBackground({
      getPolicy: () => Promise.reject(new Error('not ready')),
      now: () => clock,
      extensionVersion: '0.1.0',
    });
    expect(await send(event)).toMatchObject({ ok: true });
    expect((await readLog()).records[0]).toMatchObject({ policyVersion: 'unknown' });
  });

  it('rejects messages from another extension', async () => {
    const b = start();
    expect(await b.record(event, { id: 'other-extension' })).toEqual({ ok: false, error: 'foreign sender' });
  });

  it('forwards to the collector; when it is down, schedules a back-off alarm and delivers later, once', async () => {
    policy.logEndpoint = { url: 'http://127.0.0.1:9999/collect', format: 'json', token: '' };
    let up = false;
    const bodies: LogRecord[][] = [];
    const fetch: FetchLike = async (_url, init) => {
      if (!up) throw new TypeError('Failed to fetch');
      bodies.push(JSON.parse(init.body).records);
      return { ok: true, status: 200 };
    };
    const b = start(fetch);
    await send(event);
    await send({ ...event, eventId: 'evt-00000002' });
    await b.forwardNow();
    const alarm = await fakeBrowser.alarms.get(FORWARD_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(clock);
    expect((await b.store.readQueue()).pending).toHaveLength(2);

    clock += 3 * 3600_000; // hours later the collector is back; the alarm fires
    up = true;
    await fakeBrowser.alarms.onAlarm.trigger({ name: FORWARD_ALARM, scheduledTime: clock });
    await b.forwardNow();
    const delivered = bodies.flat().map((r) => r.id);
    expect(new Set(delivered).size).toBe(2);
    expect(delivered).toHaveLength(2);
    expect((await b.store.readQueue()).pending).toEqual([]);
    expect(JSON.stringify(bodies)).not.toContain('KANARIE');
  });

  it('a record made while the administrator policy is still being read reaches the collector it names', async () => {
    const bodies: LogRecord[][] = [];
    const fetch: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(init.body).records);
      return { ok: true, status: 200 };
    };
    const b = start(fetch);
    policy = { ...basePolicy, provisional: true }; // first start: storage.managed not answered yet
    const answer = (await send(event)) as { ok: boolean; id: string };
    expect(answer.ok).toBe(true);
    expect((await b.store.readQueue()).pending).toEqual([answer.id]);
    expect((await b.store.loadRecords([answer.id]))[0]?.policyVersion).toBe('pending');
    // Then the policy settles, naming a collector.
    policy = { ...basePolicy, logEndpoint: { url: 'http://127.0.0.1:9999/collect', format: 'json', token: '' } };
    await b.forwardNow();
    expect(bodies.flat().map((r) => r.id)).toEqual([answer.id]);
  });

  it('without a collector, only records made while the policy was being read are queued, and they wait', async () => {
    const b = start(async () => ({ ok: true, status: 200 }));
    policy = { ...basePolicy, provisional: true };
    const early = (await send(event)) as { ok: boolean; id: string };
    policy = { ...basePolicy };
    await send({ ...event, eventId: 'evt-00000002' });
    await b.forwardNow();
    // Chromium may still deliver a policy naming a collector later: the early record waits for it.
    expect((await b.store.readQueue()).pending).toEqual([early.id]);
  });

  it('creates the daily purge alarm once and purges by the policy retention', async () => {
    const b = start();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(PURGE_ALARM)).toBeTruthy());
    await send(event);
    clock += 10 * 86_400_000;
    policy.logRetentionDays = 5;
    expect(await b.purgeNow()).toEqual({ removed: 1 });
    expect(await verifyLog()).toMatchObject({ ok: true, count: 0 });
  });

  /**
   * Issue 12, finding 13: a worker stopped while a request is in flight runs nothing after the
   * fetch. The alarm that retries must already exist then, and a new worker sends again: the
   * collector may get the record twice, always with the same id.
   */
  it('keeps a forward alarm while a request is in flight; a new worker resends after a stop, same id', async () => {
    policy.logEndpoint = { url: 'http://127.0.0.1:9999/collect', format: 'json', token: '' };
    const received: string[] = [];
    const alarmDuringFetch: Array<number | undefined> = [];
    const hanging: FetchLike = async (_url, init) => {
      received.push(...(JSON.parse(init.body).records as LogRecord[]).map((r) => r.id));
      alarmDuringFetch.push((await fakeBrowser.alarms.get(FORWARD_ALARM))?.scheduledTime);
      return new Promise(() => undefined); // the worker is stopped before an answer arrives
    };
    const first = start(hanging);
    const reply = (await send(event)) as { ok: boolean; id: string };
    await vi.waitFor(() => expect(alarmDuringFetch).toHaveLength(1));
    expect(alarmDuringFetch[0]).toBeGreaterThan(clock);
    first.stop(); // the browser stops the service worker; the fetch never settles

    const alarm = await fakeBrowser.alarms.get(FORWARD_ALARM);
    expect(alarm).toBeTruthy();
    clock = alarm!.scheduledTime;
    const second = start(async (_url, init) => {
      received.push(...(JSON.parse(init.body).records as LogRecord[]).map((r) => r.id));
      return { ok: true, status: 200 };
    });
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await second.forwardNow();
    await vi.waitFor(async () => expect((await second.store.readQueue()).pending).toEqual([]));
    // At least once: twice here, with one id the collector de-duplicates on.
    expect(received).toEqual([reply.id, reply.id]);
    expect(await fakeBrowser.alarms.get(FORWARD_ALARM)).toBeUndefined();
  });

  it('a start with records queued and no forward alarm (alarms lost on restart) sets one', async () => {
    policy.logEndpoint = { url: 'http://127.0.0.1:9999/collect', format: 'json', token: '' };
    const first = start(() => new Promise(() => undefined));
    await send(event);
    first.stop();
    await fakeBrowser.alarms.clearAll();
    const restarted = start(async () => ({ ok: true, status: 200 }));
    expect((await restarted.store.readQueue()).pending).toHaveLength(1);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(FORWARD_ALARM))?.scheduledTime).toBeGreaterThan(clock),
    );
  });
});
