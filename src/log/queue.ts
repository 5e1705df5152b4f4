/**
 * Forwarding to the organisation's collector. Pure state machine plus one driver with fetch,
 * now and random passed in; the background persists the state and schedules alarms.
 *
 * Delivery is at least once: a batch leaves the queue only after a 2xx answer, so a service
 * worker that stops mid-request sends the batch again later. Every record carries its `id`
 * (and `seq`), which the collector uses to drop duplicates. While the endpoint is down the
 * queue keeps the ids (not copies of records: those stay in the store) and retries with
 * exponential back-off, full of jitter so many browsers of one organisation do not hammer a
 * recovering collector in lockstep, and capped so an outage of hours is followed by delivery
 * within minutes of recovery.
 */
import type { LogEndpoint } from '../policy/types';
import type { LogRecord } from './record';

export interface QueueState {
  /** Record ids waiting for delivery, oldest first. */
  pending: string[];
  /** Failed attempts in a row (0 after a success). */
  attempt: number;
  /** Epoch ms before which no attempt is made. */
  nextAttemptAt: number;
  /** Last failure, machine-readable (HTTP status or 'network'); never a response body. */
  lastError: string | null;
  lastSuccessAt: number | null;
  delivered: number;
}

export const EMPTY_QUEUE: QueueState = {
  pending: [],
  attempt: 0,
  nextAttemptAt: 0,
  lastError: null,
  lastSuccessAt: null,
  delivered: 0,
};

export const BACKOFF_BASE_MS = 30_000;
/** 30 minutes: the longest wait after the collector comes back. */
export const BACKOFF_CAP_MS = 30 * 60_000;
export const BATCH_SIZE = 100;
/**
 * How long one batch may take. A collector slower than this still gets the batch, but the
 * queue counts it as failed and sends it again: at-least-once, de-duplicated by record id.
 */
export const FORWARD_TIMEOUT_MS = 30_000;
/** Bound on ids kept while the endpoint is down; far above a year of a heavy user's records. */
export const MAX_PENDING = 50_000;

/** Defensive read of a persisted state (older versions, manual edits). */
export function normaliseQueue(value: unknown): QueueState {
  if (typeof value !== 'object' || value === null) return { ...EMPTY_QUEUE, pending: [] };
  const v = value as Partial<QueueState>;
  const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
  return {
    pending: Array.isArray(v.pending) ? v.pending.filter((id): id is string => typeof id === 'string') : [],
    attempt: Math.max(0, Math.floor(num(v.attempt, 0))),
    nextAttemptAt: num(v.nextAttemptAt, 0),
    lastError: typeof v.lastError === 'string' ? v.lastError : null,
    lastSuccessAt: typeof v.lastSuccessAt === 'number' ? v.lastSuccessAt : null,
    delivered: Math.max(0, Math.floor(num(v.delivered, 0))),
  };
}

/** Adds ids not yet pending (de-duplication within the queue). */
export function enqueue(state: QueueState, ...ids: string[]): QueueState {
  const known = new Set(state.pending);
  const added = ids.filter((id) => !known.has(id) && (known.add(id), true));
  if (added.length === 0) return state;
  const pending = [...state.pending, ...added];
  return { ...state, pending: pending.slice(Math.max(0, pending.length - MAX_PENDING)) };
}

/** "Full jitter" back-off: random in [cap/2, cap] where cap = min(CAP, BASE·2^(attempt-1)). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 20);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  // Half fixed, half random: never retries immediately, still spreads clients out.
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}

/** The next batch to send, or null while backing off or when nothing is pending. */
export function nextBatch(state: QueueState, now: number, size = BATCH_SIZE): string[] | null {
  if (state.pending.length === 0 || now < state.nextAttemptAt) return null;
  return state.pending.slice(0, size);
}

/** Removes delivered ids (ids enqueued meanwhile stay) and resets the back-off. */
export function markDelivered(state: QueueState, ids: readonly string[], now: number): QueueState {
  const sent = new Set(ids);
  const pending = state.pending.filter((id) => !sent.has(id));
  return {
    ...state,
    pending,
    attempt: 0,
    nextAttemptAt: now,
    lastError: null,
    lastSuccessAt: now,
    delivered: state.delivered + (state.pending.length - pending.length),
  };
}

/** Drops ids whose records no longer exist (purged by retention); nothing to deliver for them. */
export function dropMissing(state: QueueState, missing: readonly string[]): QueueState {
  if (missing.length === 0) return state;
  const gone = new Set(missing);
  return { ...state, pending: state.pending.filter((id) => !gone.has(id)) };
}

export function markFailed(state: QueueState, error: string, now: number, random: () => number = Math.random) {
  const attempt = state.attempt + 1;
  return { ...state, attempt, nextAttemptAt: now + backoffDelay(attempt, random), lastError: error };
}

export interface ForwardRequest {
  url: string;
  /**
   * `redirect: 'manual'`: a collector behind an SSO login, a WAF, an http→https or trailing-slash
   * redirect answers 301/302/303; a followed redirect turns the POST into a GET of some login
   * page that answers 200, and the batch would count as delivered without ever arriving. Not
   * following it makes the redirect a failure that keeps the records queued and is reported.
   */
  init: { method: 'POST'; headers: Record<string, string>; body: string; redirect: 'manual' };
}

export const SPLUNK_SOURCETYPE = 'vertraulich:acknowledgement';

/**
 * JSON: one object `{source, records}` per batch. Splunk HEC: the batch as concatenated event
 * objects (HEC's documented batch format), time in epoch seconds, token as `Splunk <token>`.
 */
export function buildRequest(records: readonly LogRecord[], endpoint: LogEndpoint): ForwardRequest {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (endpoint.format === 'splunk-hec') {
    if (endpoint.token) headers.Authorization = `Splunk ${endpoint.token}`;
    const body = records
      .map((record) =>
        JSON.stringify({
          time: Date.parse(record.time) / 1000,
          source: 'vertraulich',
          sourcetype: SPLUNK_SOURCETYPE,
          event: record,
        }),
      )
      .join('\n');
    return { url: endpoint.url, init: { method: 'POST', headers, body, redirect: 'manual' } };
  }
  if (endpoint.token) headers.Authorization = `Bearer ${endpoint.token}`;
  return {
    url: endpoint.url,
    init: {
      method: 'POST',
      headers,
      body: JSON.stringify({ source: 'vertraulich', records }),
      redirect: 'manual',
    },
  };
}

export type FetchLike = (
  url: string,
  init: ForwardRequest['init'] & { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; type?: string }>;

/**
 * What an answer means for the queue: null for delivered (2xx only), otherwise the error kept
 * in the state. A browser answers a redirect it did not follow with an opaque response (type
 * 'opaqueredirect', status 0); Node and test doubles show the 3xx status itself.
 */
export function responseError(response: { ok: boolean; status: number; type?: string }): string | null {
  if (response.type === 'opaqueredirect') return 'redirect';
  if (response.status >= 300 && response.status < 400) return `redirect-${response.status}`;
  if (!response.ok || response.status < 200 || response.status > 299) return `http-${response.status}`;
  return null;
}

export interface ForwardDeps {
  endpoint: LogEndpoint;
  fetch: FetchLike;
  now: () => number;
  random?: () => number;
  /** Records for ids, in the given order; ids without a record are simply absent. */
  loadRecords: (ids: readonly string[]) => Promise<LogRecord[]>;
  /** Persists a state transition atomically against concurrent enqueues (read-modify-write). */
  update: (change: (state: QueueState) => QueueState) => Promise<QueueState>;
  readState: () => Promise<QueueState>;
  timeoutMs?: number;
  /** Batches per run, so one alarm does not run for ever. */
  maxBatches?: number;
}

export interface ForwardOutcome {
  sent: number;
  batches: number;
  failed: boolean;
  state: QueueState;
}

/**
 * Sends pending batches until the queue is empty, a batch fails, or maxBatches is reached.
 * Never throws: a failing fetch becomes a back-off in the state.
 */
export async function forwardPending(deps: ForwardDeps): Promise<ForwardOutcome> {
  try {
    return await forwardBatches(deps);
  } catch {
    // Storage failed (not the collector): nothing was marked delivered, so the next run retries.
    return { sent: 0, batches: 0, failed: true, state: await deps.readState().catch(() => EMPTY_QUEUE) };
  }
}

async function forwardBatches(deps: ForwardDeps): Promise<ForwardOutcome> {
  const random = deps.random ?? Math.random;
  let state = await deps.readState();
  let sent = 0;
  let batches = 0;
  for (let round = 0; round < (deps.maxBatches ?? 20); round += 1) {
    const ids = nextBatch(state, deps.now());
    if (!ids) break;
    const records = await deps.loadRecords(ids);
    const found = new Set(records.map((record) => record.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) state = await deps.update((current) => dropMissing(current, missing));
    if (records.length === 0) continue;
    const request = buildRequest(records, deps.endpoint);
    let error: string | null;
    try {
      const signal = AbortSignal.timeout(deps.timeoutMs ?? FORWARD_TIMEOUT_MS);
      const response = await deps.fetch(request.url, { ...request.init, signal });
      error = responseError(response);
    } catch {
      error = 'network';
    }
    batches += 1;
    if (error) {
      const failure = error;
      state = await deps.update((current) => markFailed(current, failure, deps.now(), random));
      return { sent, batches, failed: true, state };
    }
    sent += records.length;
    const delivered = records.map((record) => record.id);
    state = await deps.update((current) => markDelivered(current, delivered, deps.now()));
  }
  return { sent, batches, failed: false, state };
}
