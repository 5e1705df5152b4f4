import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { verifyChain } from '../../../src/log/chain';
import { dayKey, HEAD_KEY, QUEUE_KEY } from '../../../src/log/items';
import { validateEvent, type LogRecord, type ValidatedEvent } from '../../../src/log/record';
import { createLogStore, inSeqOrder, readLog, verifyLog } from '../../../src/log/store';

const DAY = 86_400_000;

function event(eventId: string): ValidatedEvent {
  const result = validateEvent({
    decision: 'acknowledged',
    site: 'whatsapp',
    surface: 'chat',
    severity: 'warn',
    categories: { health: 1 },
    kinds: { 'health-term': 1 },
    eventId,
    time: 0,
  });
  if (!result.ok) throw new Error(result.error);
  return result.event;
}

const context = { policyVersion: 'p1', extensionVersion: '0.1.0', userLabel: 'Team Nord', forward: true };

function setup(start = Date.UTC(2026, 0, 1, 10)) {
  let clock = start;
  let n = 0;
  const store = createLogStore({ now: () => clock, randomId: () => `rec-${(n += 1)}` });
  return {
    store,
    advance(ms: number) {
      clock += ms;
    },
  };
}

describe('log store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('appends chained records into day buckets and the queue in one write', async () => {
    const { store, advance } = setup();
    await store.append(event('event-0001'), context);
    advance(DAY);
    await store.append(event('event-0002'), context);
    const data = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(data).sort()).toEqual([dayKey('2026-01-01'), dayKey('2026-01-02'), HEAD_KEY, QUEUE_KEY].sort());
    const { head, records } = await readLog();
    expect(records.map((r) => [r.seq, r.id, r.userLabel])).toEqual([
      [1, 'rec-1', 'Team Nord'],
      [2, 'rec-2', 'Team Nord'],
    ]);
    expect(head).toMatchObject({ seq: 2, hash: records[1]!.hash, days: ['2026-01-01', '2026-01-02'] });
    expect((await store.readQueue()).pending).toEqual(['rec-1', 'rec-2']);
    expect(await verifyLog()).toMatchObject({ ok: true, count: 2 });
  });

  it('is idempotent by event id: a retry stores nothing and answers the same id', async () => {
    const { store } = setup();
    const first = await store.append(event('event-0001'), context);
    const retry = await store.append(event('event-0001'), context);
    expect(retry).toEqual({ id: first.id, duplicate: true });
    expect((await readLog()).records).toHaveLength(1);
    expect((await store.readQueue()).pending).toEqual([first.id]);
  });

  it('serialises concurrent appends: no lost update, chain intact', async () => {
    const { store } = setup();
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.append(event(`event-${String(i).padStart(4, '0')}`), context)),
    );
    expect(new Set(ids.map((r) => r.id)).size).toBe(20);
    const { records } = await readLog();
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyLog()).toMatchObject({ ok: true, count: 20 });
  });

  it('does not enqueue when no endpoint is configured', async () => {
    const { store } = setup();
    await store.append(event('event-0001'), { ...context, forward: false });
    expect((await store.readQueue()).pending).toEqual([]);
  });

  it('purges by retention, removes old buckets and keeps the chain verifiable', async () => {
    const { store, advance } = setup();
    for (let i = 0; i < 10; i += 1) {
      await store.append(event(`event-${String(i).padStart(4, '0')}`), context);
      advance(DAY);
    }
    // now = day 10; retention 4 days keeps records of days 6..9 (cutoff is day 6, 10:00)
    expect(await store.purge(4)).toEqual({ removed: 6 });
    const { head, records } = await readLog();
    expect(records.map((r) => r.seq)).toEqual([7, 8, 9, 10]);
    expect(head.anchor.seq).toBe(6);
    expect(head.days).toEqual(['2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10']);
    expect((await fakeBrowser.storage.local.get(dayKey('2026-01-01')))[dayKey('2026-01-01')]).toBeUndefined();
    expect(await verifyLog()).toMatchObject({ ok: true, count: 4, firstSeq: 7 });
    // the chain continues after a purge
    await store.append(event('event-after'), context);
    expect(await verifyLog()).toMatchObject({ ok: true, count: 5 });
    expect(await store.purge(365)).toEqual({ removed: 0 });
  });

  it('verifyLog detects an edited stored record and a removed newest record', async () => {
    const { store } = setup();
    for (const id of ['event-0001', 'event-0002', 'event-0003']) await store.append(event(id), context);
    const key = dayKey('2026-01-01');
    const bucket = (await fakeBrowser.storage.local.get(key))[key] as Array<Record<string, unknown>>;
    await fakeBrowser.storage.local.set({ [key]: [bucket[0], { ...bucket[1], decision: 'false-alarm' }, bucket[2]] });
    expect(await verifyLog()).toMatchObject({ ok: false, problem: 'hash-mismatch', seq: 2 });
    await fakeBrowser.storage.local.set({ [key]: bucket.slice(0, 2) });
    expect(await verifyLog()).toMatchObject({ ok: false, problem: 'head-mismatch' });
  });

  it('loads records for queued ids in the order asked, skipping unknown ids', async () => {
    const { store, advance } = setup();
    await store.append(event('event-0001'), context);
    advance(DAY);
    await store.append(event('event-0002'), context);
    const loaded = await store.loadRecords(['rec-2', 'missing', 'rec-1']);
    expect(loaded.map((r) => r.id)).toEqual(['rec-2', 'rec-1']);
    expect((await verifyChain(loaded.reverse())).ok).toBe(true);
  });

  /**
   * Issue 12, finding 6: a backwards clock step over midnight (NTP correction, a manual change,
   * a dual-boot machine) files the next record under the earlier day. Read by day bucket, the
   * untouched log failed as "Kette beschädigt bei Eintrag Nr. 2".
   */
  it('a clock step back over midnight leaves an untouched log verifying, in seq order', async () => {
    const { store, advance } = setup(Date.UTC(2026, 0, 2, 0, 0, 30));
    await store.append(event('event-0001'), context); // 2026-01-02 00:00:30
    advance(-60_000);
    await store.append(event('event-0002'), context); // 2026-01-01 23:59:30
    advance(120_000);
    await store.append(event('event-0003'), context); // 2026-01-02 00:01:30
    const { head, records } = await readLog();
    expect(head.days).toEqual(['2026-01-01', '2026-01-02']);
    expect(records.map((r) => [r.seq, r.time.slice(0, 10)])).toEqual([
      [1, '2026-01-02'],
      [2, '2026-01-01'],
      [3, '2026-01-02'],
    ]);
    expect(await verifyLog()).toMatchObject({ ok: true, count: 3 });
    // Purging with the clock back keeps the chain contiguous and verifiable.
    expect(await store.purge(365)).toEqual({ removed: 0 });
    expect(await verifyLog()).toMatchObject({ ok: true, count: 3 });
  });

  it('a purge across the stepped-back days removes the oldest seqs and still verifies', async () => {
    const { store, advance } = setup(Date.UTC(2026, 0, 2, 0, 0, 30));
    await store.append(event('event-0001'), context);
    advance(-60_000);
    await store.append(event('event-0002'), context);
    advance(10 * DAY);
    await store.append(event('event-0003'), context);
    expect(await store.purge(5)).toEqual({ removed: 2 });
    expect((await readLog()).records.map((r) => r.seq)).toEqual([3]);
    expect(await verifyLog()).toMatchObject({ ok: true, count: 1, firstSeq: 3 });
  });
});

describe('inSeqOrder', () => {
  const r = (seq: unknown, tag: string) => ({ seq, tag }) as unknown as LogRecord;
  const tags = (list: unknown[]) => list.map((x) => (x as { tag: string } | null)?.tag ?? 'null');
  it.each([
    ['buckets swapped by a clock step', [r(2, 'b'), r(1, 'a'), r(3, 'c')], ['a', 'b', 'c']],
    ['already in order', [r(1, 'a'), r(2, 'b')], ['a', 'b']],
    // A duplicated record keeps its stored place next to the original: verification sees it.
    ['duplicate seq, stored order kept', [r(1, 'a'), r(2, 'b1'), r(2, 'b2')], ['a', 'b1', 'b2']],
    // A damaged entry without a seq stays after the record stored before it.
    ['damaged entry', [r(3, 'c'), r('x', 'bad'), r(1, 'a'), r(2, 'b')], ['a', 'b', 'c', 'bad']],
    ['null entry first', [null as never, r(1, 'a')], ['null', 'a']],
  ])('%s', (_name, stored, expected) => {
    expect(tags(inSeqOrder(stored))).toEqual(expected);
  });
});
