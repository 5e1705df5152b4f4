/**
 * The log store. The background is its only writer; the options page and popup only read.
 *
 * Why `storage.local` and not IndexedDB:
 * - One `set()` with several keys is applied atomically (one LevelDB write batch in Chromium,
 *   one transaction in Firefox), so a record, the chain head and the forwarding queue change
 *   together or not at all: a service worker killed mid-write leaves the old or the new state,
 *   never a record without its queue entry.
 * - It survives "clear browsing data" (Chromium keeps extension storage; Firefox's extension
 *   IndexedDB has been wiped by "forget site data" in the past), and it is the same API in
 *   Chromium MV3 and Firefox MV2, readable from every extension page.
 * - It works in tests with WXT's fakeBrowser.
 * Its limit (10 MB in Chromium without `unlimitedStorage`) is ample: a record is ~450 bytes and
 * the retention purge bounds the log. Records are bucketed per UTC day so a write touches one
 * small bucket instead of the whole log, and a purge removes whole buckets.
 *
 * Writes are serialised through one promise queue: the read-modify-write of head and bucket
 * must not interleave with another write in the same worker.
 */
import { browser } from 'wxt/browser';
import { chainRecord, GENESIS_ANCHOR, purgeChain, verifyChain, type VerifyResult } from './chain';
import { dayKey, HEAD_KEY, QUEUE_KEY, type LogHead } from './items';
import { enqueue, normaliseQueue, type QueueState } from './queue';
import { buildRecord, type LogRecord, type ValidatedEvent } from './record';

/** The part of a storage area the store needs (browser.storage.local or a test double). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const MAX_RECENT = 500;

export function emptyHead(): LogHead {
  return {
    version: 1,
    seq: 0,
    hash: GENESIS_ANCHOR.hash,
    anchor: { ...GENESIS_ANCHOR },
    days: [],
    recent: [],
    purgedAt: null,
  };
}

function normaliseHead(value: unknown): LogHead {
  if (typeof value !== 'object' || value === null) return emptyHead();
  const head = value as Partial<LogHead>;
  if (typeof head.seq !== 'number' || typeof head.hash !== 'string' || !head.anchor) return emptyHead();
  return {
    version: 1,
    seq: head.seq,
    hash: head.hash,
    anchor: head.anchor,
    days: Array.isArray(head.days) ? head.days.filter((d) => typeof d === 'string') : [],
    recent: Array.isArray(head.recent) ? head.recent : [],
    purgedAt: typeof head.purgedAt === 'string' ? head.purgedAt : null,
  };
}

function bucket(value: unknown): LogRecord[] {
  return Array.isArray(value) ? (value as LogRecord[]) : [];
}

/**
 * The chain order is the seq, never the day bucket: a clock set back over midnight files the
 * next record under the earlier day, and reading buckets in date order would swap them and
 * make an untouched log fail verification. A stable sort keeps stored order among equal seqs
 * (a duplicated record still fails as a broken link); an entry without a numeric seq (damaged)
 * stays right after the record stored before it, where verification then reports it.
 */
export function inSeqOrder(stored: readonly LogRecord[]): LogRecord[] {
  let previous = -Infinity;
  const keyed = stored.map((record, index) => {
    const seq = (record as Partial<LogRecord> | null)?.seq;
    const key = typeof seq === 'number' && Number.isFinite(seq) ? seq : previous + 0.5;
    if (typeof seq === 'number' && Number.isFinite(seq)) previous = seq;
    return { record, key, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.record);
}

/** Serialises async functions: each starts after the previous one settled. */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}

export interface LogSnapshot {
  head: LogHead;
  /** All records, chain order (by seq, oldest first), whatever day bucket holds them. */
  records: LogRecord[];
}

/**
 * Reads the whole log consistently. Readers run in other pages while the background writes, so
 * the head is read again together with the buckets; if a new day bucket appeared in between,
 * read again.
 */
export async function readLog(area: StorageAreaLike = browser.storage.local): Promise<LogSnapshot> {
  let head = normaliseHead((await area.get(HEAD_KEY))[HEAD_KEY]);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const data = await area.get([HEAD_KEY, ...head.days.map(dayKey)]);
    const fresh = normaliseHead(data[HEAD_KEY]);
    if (fresh.days.join() === head.days.join()) {
      const records = inSeqOrder(fresh.days.flatMap((day) => bucket(data[dayKey(day)])));
      return { head: fresh, records };
    }
    head = fresh;
  }
  return { head, records: [] };
}

/** Reads and verifies the chain against its anchor and head. */
export async function verifyLog(area: StorageAreaLike = browser.storage.local): Promise<VerifyResult> {
  const { head, records } = await readLog(area);
  return verifyChain(records, head.anchor, { seq: head.seq, hash: head.hash });
}

export interface AppendContext {
  policyVersion: string;
  extensionVersion: string;
  userLabel: string;
  /** Enqueue the record for the collector (a log endpoint is configured). */
  forward: boolean;
}

export interface LogStoreDeps {
  area?: StorageAreaLike;
  now?: () => number;
  randomId?: () => string;
  subtle?: Pick<SubtleCrypto, 'digest'>;
}

export type LogStore = ReturnType<typeof createLogStore>;

export function createLogStore(deps: LogStoreDeps = {}) {
  const area = deps.area ?? browser.storage.local;
  const now = deps.now ?? Date.now;
  const randomId = deps.randomId ?? (() => crypto.randomUUID());
  const subtle = deps.subtle ?? crypto.subtle;
  const exclusive = createMutex();

  /**
   * Appends a record for a validated event and resolves once it is stored. A second call with
   * the same eventId (the content script retried after a worker restart) stores nothing and
   * returns the first record's id.
   */
  function append(event: ValidatedEvent, context: AppendContext): Promise<{ id: string; duplicate: boolean }> {
    return exclusive(async () => {
      const stored = await area.get([HEAD_KEY, QUEUE_KEY]);
      const head = normaliseHead(stored[HEAD_KEY]);
      const known = head.recent.find(([eventId]) => eventId === event.eventId);
      if (known) return { id: known[1], duplicate: true };

      const time = now();
      const unchained = buildRecord(event, { id: randomId(), now: time, ...context });
      const record = await chainRecord(unchained, { seq: head.seq, hash: head.hash }, subtle);
      const day = record.time.slice(0, 10);
      const key = dayKey(day);
      const existing = bucket((await area.get(key))[key]);

      const nextHead: LogHead = {
        ...head,
        seq: record.seq,
        hash: record.hash,
        days: head.days.includes(day) ? head.days : [...head.days, day].sort(),
        recent: [...head.recent, [event.eventId, record.id] as [string, string]].slice(-MAX_RECENT),
      };
      const items: Record<string, unknown> = { [HEAD_KEY]: nextHead, [key]: [...existing, record] };
      if (context.forward) items[QUEUE_KEY] = enqueue(normaliseQueue(stored[QUEUE_KEY]), record.id);
      // One set(): record, head and queue entry land together.
      await area.set(items);
      return { id: record.id, duplicate: false };
    });
  }

  /**
   * Removes records older than `retentionDays`, keeping the last removed record's hash as the
   * anchor. The anchor and the rewritten buckets go in one set(); emptied buckets are written
   * as [] first and removed afterwards, so an interruption never leaves an anchor that does not
   * match the first remaining record.
   */
  function purge(retentionDays: number): Promise<{ removed: number }> {
    return exclusive(async () => {
      if (!Number.isFinite(retentionDays) || retentionDays <= 0) return { removed: 0 };
      const { head, records } = await readLog(area);
      const cutoff = now() - retentionDays * 86_400_000;
      const { removed, kept, anchor } = purgeChain(records, head.anchor, cutoff);
      if (removed.length === 0) return { removed: 0 };
      const keptByDay = new Map<string, LogRecord[]>();
      for (const record of kept) {
        const day = record.time.slice(0, 10);
        keptByDay.set(day, [...(keptByDay.get(day) ?? []), record]);
      }
      const emptied = head.days.filter((day) => !keptByDay.has(day));
      const items: Record<string, unknown> = {
        [HEAD_KEY]: {
          ...head,
          anchor,
          days: head.days.filter((day) => keptByDay.has(day)),
          purgedAt: new Date(now()).toISOString(),
        } satisfies LogHead,
      };
      for (const day of emptied) items[dayKey(day)] = [];
      for (const [day, list] of keptByDay) items[dayKey(day)] = list;
      await area.set(items);
      if (emptied.length) await area.remove(emptied.map(dayKey));
      return { removed: removed.length };
    });
  }

  /** Queue transitions go through the same lock as appends, which also write the queue. */
  function updateQueue(change: (state: QueueState) => QueueState): Promise<QueueState> {
    return exclusive(async () => {
      const state = change(normaliseQueue((await area.get(QUEUE_KEY))[QUEUE_KEY]));
      await area.set({ [QUEUE_KEY]: state });
      return state;
    });
  }

  async function readQueue(): Promise<QueueState> {
    return normaliseQueue((await area.get(QUEUE_KEY))[QUEUE_KEY]);
  }

  /**
   * Records for ids, in the order asked. Pending records are usually the newest, so buckets
   * are read newest day first and reading stops once all ids are found.
   */
  async function loadRecords(ids: readonly string[]): Promise<LogRecord[]> {
    const wanted = new Set(ids);
    const found = new Map<string, LogRecord>();
    const head = normaliseHead((await area.get(HEAD_KEY))[HEAD_KEY]);
    for (const day of [...head.days].reverse()) {
      if (found.size === wanted.size) break;
      const key = dayKey(day);
      for (const record of bucket((await area.get(key))[key])) if (wanted.has(record.id)) found.set(record.id, record);
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  return {
    append,
    purge,
    updateQueue,
    readQueue,
    loadRecords,
    read: () => readLog(area),
    verify: () => verifyLog(area),
  };
}
