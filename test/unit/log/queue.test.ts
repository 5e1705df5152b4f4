import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelay,
  buildRequest,
  EMPTY_QUEUE,
  enqueue,
  forwardPending,
  markDelivered,
  markFailed,
  nextBatch,
  normaliseQueue,
  responseError,
  type FetchLike,
  type QueueState,
} from '../../../src/log/queue';
import type { LogRecord } from '../../../src/log/record';

function rec(i: number): LogRecord {
  return {
    v: 1,
    seq: i,
    id: `id-${i}`,
    time: new Date(Date.UTC(2026, 10, 29, 8, 0, i)).toISOString(),
    decision: 'acknowledged',
    site: 'whatsapp',
    surface: 'chat',
    severity: 'warn',
    categories: { health: 1 },
    kinds: { 'health-term': 1 },
    policyVersion: 'p',
    extensionVersion: '0.1.0',
    prevHash: '0'.repeat(64),
    hash: String(i).padStart(64, '0'),
  };
}

describe('back-off', () => {
  it.each([
    [1, 0, BACKOFF_BASE_MS / 2],
    [1, 1, BACKOFF_BASE_MS],
    [2, 1, BACKOFF_BASE_MS * 2],
    [3, 0.5, BACKOFF_BASE_MS * 4 * 0.75],
    [50, 1, BACKOFF_CAP_MS],
    [50, 0, BACKOFF_CAP_MS / 2],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });

  it('grows exponentially until the cap and never retries immediately', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((a) => backoffDelay(a, () => 1));
    for (let i = 1; i < delays.length; i += 1) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1, () => 0)).toBeGreaterThan(0);
  });

  it('markFailed schedules the next attempt; markDelivered resets it', () => {
    let state = enqueue(EMPTY_QUEUE, 'a');
    state = markFailed(state, 'http-503', 1000, () => 1);
    expect(state).toMatchObject({ attempt: 1, nextAttemptAt: 1000 + BACKOFF_BASE_MS, lastError: 'http-503' });
    expect(nextBatch(state, 1000 + BACKOFF_BASE_MS - 1)).toBeNull();
    expect(nextBatch(state, 1000 + BACKOFF_BASE_MS)).toEqual(['a']);
    state = markDelivered(state, ['a'], 5000);
    expect(state).toMatchObject({ attempt: 0, pending: [], lastError: null, delivered: 1, lastSuccessAt: 5000 });
  });
});

describe('queue', () => {
  it('de-duplicates ids on enqueue', () => {
    const state = enqueue(enqueue(EMPTY_QUEUE, 'a', 'b'), 'b', 'c', 'c');
    expect(state.pending).toEqual(['a', 'b', 'c']);
    expect(enqueue(state, 'a')).toBe(state);
  });

  it('batches in order and keeps ids enqueued while a batch was in flight', () => {
    let state = enqueue(EMPTY_QUEUE, ...Array.from({ length: 250 }, (_, i) => `id-${i}`));
    const batch = nextBatch(state, 0, 100)!;
    expect(batch).toHaveLength(100);
    expect(batch[0]).toBe('id-0');
    state = enqueue(state, 'late');
    state = markDelivered(state, batch, 1);
    expect(state.pending).toHaveLength(151);
    expect(state.pending.at(-1)).toBe('late');
  });

  it('normalises junk from storage', () => {
    expect(normaliseQueue(null)).toEqual(EMPTY_QUEUE);
    expect(normaliseQueue({ pending: ['a', 3, null], attempt: 'x' })).toMatchObject({ pending: ['a'], attempt: 0 });
  });
});

describe('buildRequest', () => {
  it('JSON: one object with all records, bearer token if set', () => {
    const request = buildRequest([rec(1), rec(2)], { url: 'https://c.example/log', format: 'json', token: 't0k' });
    expect(request.url).toBe('https://c.example/log');
    expect(request.init.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer t0k' });
    const body = JSON.parse(request.init.body);
    expect(body.records.map((r: LogRecord) => r.id)).toEqual(['id-1', 'id-2']);
  });

  it('JSON without token sends no Authorization header', () => {
    const request = buildRequest([rec(1)], { url: 'https://c.example/log', format: 'json', token: '' });
    expect(request.init.headers).not.toHaveProperty('Authorization');
  });

  it('Splunk HEC: concatenated events with epoch seconds, sourcetype and Splunk token', () => {
    const request = buildRequest([rec(1), rec(2)], {
      url: 'https://splunk:8088/services/collector/event',
      format: 'splunk-hec',
      token: 'abc',
    });
    expect(request.init.headers.Authorization).toBe('Splunk abc');
    const events = request.init.body.split('\n').map((line) => JSON.parse(line));
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({
      time: Date.UTC(2026, 10, 29, 8, 0, 1) / 1000,
      source: 'vertraulich',
      sourcetype: 'vertraulich:acknowledgement',
      event: rec(1),
    });
  });
});

/** An in-memory world: store, durable queue state, clock and a collector that can be down. */
function world(records: LogRecord[]) {
  let state: QueueState = enqueue(EMPTY_QUEUE, ...records.map((r) => r.id));
  let clock = Date.UTC(2026, 10, 29, 8);
  const received: string[] = [];
  const collector = { up: false, loseResponses: false };
  const fetch: FetchLike = async (_url, init) => {
    if (!collector.up) throw new TypeError('Failed to fetch');
    const ids = (JSON.parse(init.body).records as LogRecord[]).map((r) => r.id);
    received.push(...ids);
    if (collector.loseResponses) throw new TypeError('connection reset');
    return { ok: true, status: 200 };
  };
  const deps = {
    endpoint: { url: 'https://c.example/log', format: 'json' as const, token: '' },
    fetch,
    now: () => clock,
    random: () => 0.5,
    loadRecords: async (ids: readonly string[]) => ids.flatMap((id) => records.find((r) => r.id === id) ?? []),
    update: async (change: (s: QueueState) => QueueState) => (state = change(state)),
    readState: async () => state,
  };
  return {
    deps,
    collector,
    received,
    get state() {
      return state;
    },
    /** Jump to the scheduled alarm time and run the driver (what the background alarm does). */
    async tick() {
      clock = Math.max(clock + 1, state.nextAttemptAt);
      return forwardPending(deps);
    },
    get clock() {
      return clock;
    },
  };
}

describe('forwardPending', () => {
  it('delivers everything in batches when the collector is up', async () => {
    const w = world(Array.from({ length: 230 }, (_, i) => rec(i + 1)));
    w.collector.up = true;
    const outcome = await w.tick();
    expect(outcome).toMatchObject({ sent: 230, batches: 3, failed: false });
    expect(w.received).toHaveLength(230);
    expect(w.state.pending).toEqual([]);
  });

  it('endpoint down for hours, then up: backs off, loses nothing, delivers each record', async () => {
    const w = world(Array.from({ length: 150 }, (_, i) => rec(i + 1)));
    const start = w.clock;
    const waits: number[] = [];
    while (w.clock - start < 6 * 3600_000) {
      const outcome = await w.tick();
      expect(outcome.failed).toBe(true);
      waits.push(w.state.nextAttemptAt - w.clock);
    }
    // Exponential, then capped: few attempts during six hours, not one per minute.
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(waits.length).toBeLessThan(25);
    expect(w.state.pending).toHaveLength(150);
    expect(w.received).toEqual([]);

    w.collector.up = true;
    const outcome = await w.tick();
    expect(outcome.failed).toBe(false);
    expect(w.state.pending).toEqual([]);
    expect(new Set(w.received).size).toBe(150);
    expect(w.received).toHaveLength(150);
    // Delivered within one back-off cap of recovery.
    expect(w.state.lastSuccessAt! - (start + 6 * 3600_000)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it('a lost response means a resend; ids let the collector drop the duplicates', async () => {
    const w = world([rec(1), rec(2)]);
    w.collector.up = true;
    w.collector.loseResponses = true;
    expect((await w.tick()).failed).toBe(true);
    w.collector.loseResponses = false;
    expect((await w.tick()).failed).toBe(false);
    expect(w.received).toEqual(['id-1', 'id-2', 'id-1', 'id-2']);
    expect([...new Set(w.received)]).toEqual(['id-1', 'id-2']);
  });

  it('a collector slower than the timeout gets the batch twice, with the same ids (finding 13)', async () => {
    const w = world([rec(1), rec(2)]);
    const bodies: string[][] = [];
    let slow = true;
    w.deps.fetch = (_url, init) => {
      bodies.push((JSON.parse(init.body).records as LogRecord[]).map((r) => r.id));
      if (!slow) return Promise.resolve({ ok: true, status: 200 });
      // Receives the batch, answers after the timeout: the abort wins.
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    };
    const outcome = await forwardPending({ ...w.deps, timeoutMs: 5 });
    expect(outcome).toMatchObject({ failed: true, sent: 0 });
    expect(w.state).toMatchObject({ pending: ['id-1', 'id-2'], lastError: 'network' });
    slow = false;
    expect((await w.tick()).failed).toBe(false);
    expect(bodies).toEqual([
      ['id-1', 'id-2'],
      ['id-1', 'id-2'],
    ]);
    expect(w.state.pending).toEqual([]);
  });

  it('an HTTP error is a failure with its status, not a delivery', async () => {
    const w = world([rec(1)]);
    w.deps.fetch = async () => ({ ok: false, status: 503 });
    const outcome = await forwardPending(w.deps);
    expect(outcome).toMatchObject({ failed: true, sent: 0 });
    expect(w.state).toMatchObject({ pending: ['id-1'], lastError: 'http-503', attempt: 1 });
  });

  it('drops ids whose records were purged', async () => {
    const w = world([rec(1), rec(2)]);
    w.collector.up = true;
    w.deps.loadRecords = async (ids) => ids.flatMap((id) => (id === 'id-1' ? [] : [rec(2)]));
    await forwardPending(w.deps);
    expect(w.state.pending).toEqual([]);
    expect(w.received).toEqual(['id-2']);
  });

  it('does nothing while backing off', async () => {
    const w = world([rec(1)]);
    w.collector.up = true;
    await w.deps.update((s) => ({ ...s, nextAttemptAt: w.clock + 60_000 }));
    expect(await forwardPending(w.deps)).toMatchObject({ sent: 0, batches: 0 });
  });
});

describe('forwardPending when storage fails', () => {
  it('reports a failure instead of throwing and marks nothing delivered', async () => {
    const w = world([rec(1)]);
    w.collector.up = true;
    w.deps.loadRecords = () => Promise.reject(new Error('storage gone'));
    await expect(forwardPending(w.deps)).resolves.toMatchObject({ failed: true, sent: 0 });
    expect(w.state.pending).toEqual(['id-1']);
  });
});

/**
 * A collector behind an SSO login, a WAF, or an http→https / trailing-slash rule answers the
 * POST with a redirect. Followed, the POST becomes a GET of a page answering 200, and the batch
 * counted as delivered although it never arrived (issue 12, finding 5).
 */
describe('forwardPending: a redirect is a failure, never a delivery', () => {
  /** What a browser's fetch does: follows unless told 'manual', then answers opaquely. */
  const browserFetch: FetchLike = async (_url, init) => {
    if (init.redirect !== 'manual') return { ok: true, status: 200, type: 'basic' }; // the login page, via GET
    return { ok: false, status: 0, type: 'opaqueredirect' }; // the status is hidden from the page
  };

  it.each([301, 302, 303, 307, 308])('%i keeps the records queued and reports "redirect"', async () => {
    const w = world([rec(1), rec(2)]);
    w.deps.fetch = browserFetch;
    const outcome = await forwardPending(w.deps);
    expect(outcome).toMatchObject({ failed: true, sent: 0 });
    expect(w.state).toMatchObject({ pending: ['id-1', 'id-2'], lastError: 'redirect', attempt: 1, delivered: 0 });
    expect(w.state.nextAttemptAt).toBeGreaterThan(w.clock);
  });

  it.each([
    // [answer, error kept in the state]; only 2xx delivers
    [{ ok: true, status: 200 }, null],
    [{ ok: true, status: 204 }, null],
    [{ ok: false, status: 0, type: 'opaqueredirect' }, 'redirect'],
    [{ ok: false, status: 302 }, 'redirect-302'],
    // A test double or odd runtime reporting ok for a 3xx is still not a delivery.
    [{ ok: true, status: 303 }, 'redirect-303'],
    [{ ok: false, status: 401 }, 'http-401'],
    [{ ok: false, status: 503 }, 'http-503'],
  ])('answer %j → %s', (response, error) => {
    expect(responseError(response)).toBe(error);
  });

  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('against a real HTTP server answering 302 to a login page: nothing delivered, nothing lost', async () => {
    const posts: string[] = [];
    server = createServer((request, response) => {
      if (request.url === '/collect') {
        response.writeHead(302, { Location: '/login' }).end();
        return;
      }
      // The SSO login page: answers every method with 200.
      if (request.method === 'POST') posts.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<form>login</form>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const w = world([rec(1)]);
    w.deps.endpoint = { url: `http://127.0.0.1:${port}/collect`, format: 'json', token: '' };
    w.deps.fetch = (url, init) => globalThis.fetch(url, init);
    const outcome = await forwardPending(w.deps);
    expect(outcome).toMatchObject({ failed: true, sent: 0 });
    expect(w.state).toMatchObject({ pending: ['id-1'], lastError: 'redirect-302' });
    expect(posts).toEqual([]);
  });
});
