/**
 * Background glue of the log: records guard events, keeps per-tab guard status for the popup,
 * forwards to the collector on alarms, purges by retention once a day.
 *
 * Listeners are registered synchronously in startLogBackground, because an MV3 service worker
 * woken by a message or alarm only delivers it to listeners registered in the first turn.
 *
 * Collector host permission: the options page asks for it, for the collector's origin only
 * (permissions.request needs a user gesture, so it cannot happen here). Without it the
 * background's fetch is an ordinary CORS request from the extension origin: it still succeeds
 * if the collector answers the preflight with Access-Control-Allow-Origin (Splunk HEC can be
 * configured to); otherwise it fails, the queue backs off, and nothing is lost.
 */
import { browser, type Browser } from 'wxt/browser';
import { handleMessages } from '../messaging/handle';
import type { GuardEvent, MessageMap } from '../messaging/protocol';
import { knownKinds } from './known-kinds';
import { DEFAULT_RETENTION_DAYS, type LogPolicy } from './log-policy';
import { BACKOFF_CAP_MS, forwardPending, FORWARD_TIMEOUT_MS, type FetchLike, type ForwardOutcome } from './queue';
import { validateEvent, type PolicyRecordEvent, type ValidatedEvent } from './record';
import { createLogStore, type LogStore } from './store';

export { DEFAULT_RETENTION_DAYS, defaultLogPolicy, type LogPolicy } from './log-policy';

export const FORWARD_ALARM = 'vertraulich.log.forward';
/** How long forwarding waits for an administrator policy still being read at first start. */
const FORWARD_SETTLE_WAIT_MS = 10_000;
export const FORWARD_SAFETY_ALARM = 'vertraulich.log.forward-safety';
export const PURGE_ALARM = 'vertraulich.log.purge';

export interface LogBackgroundDeps {
  /** The log policy; `settleWaitMs`: how long to wait for a not-yet-read administrator policy. */
  getPolicy: (settleWaitMs?: number) => Promise<LogPolicy>;
  store?: LogStore;
  now?: () => number;
  random?: () => number;
  fetch?: FetchLike;
  extensionVersion?: string;
  /** Whitelist of kind names; default: built-in kinds plus the policy's custom pattern names. */
  isKnownKind?: (kind: string) => boolean;
  /**
   * After a new record is stored, before the answer: e.g. remembering when the guidelines were
   * confirmed. Its failure does not undo the record.
   */
  onRecorded?: (event: ValidatedEvent) => Promise<void> | void;
}

export interface LogBackground {
  store: LogStore;
  /** Handles a record request exactly as the message listener does (for tests and callers). */
  record(
    event: unknown,
    sender?: Browser.runtime.MessageSender,
  ): Promise<MessageMap['content→background:record']['response']>;
  /** Appends a record the background builds itself (policy records); forwarded like the others. */
  recordPolicy(event: PolicyRecordEvent): Promise<MessageMap['content→background:record']['response']>;
  forwardNow(): Promise<ForwardOutcome | null>;
  purgeNow(): Promise<{ removed: number }>;
  stop(): void;
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function startLogBackground(deps: LogBackgroundDeps): LogBackground {
  const now = deps.now ?? Date.now;
  const store = deps.store ?? createLogStore({ now });
  const fetchImpl: FetchLike = deps.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const extensionVersion = deps.extensionVersion ?? manifestVersion();
  let flushing: Promise<ForwardOutcome | null> | null = null;

  async function policy(settleWaitMs?: number): Promise<LogPolicy | null> {
    try {
      return await deps.getPolicy(settleWaitMs);
    } catch {
      return null;
    }
  }

  async function record(input: unknown, sender?: Browser.runtime.MessageSender) {
    // Only our own content scripts may write (fakeBrowser and some callers send no id).
    if (sender?.id !== undefined && sender.id !== browser.runtime.id)
      return { ok: false as const, error: 'foreign sender' };
    // A missing policy must not cost the record: log with what is known.
    const current = await policy();
    const isKnownKind = deps.isKnownKind ?? knownKinds(current?.customPatternNames);
    const checked = validateEvent(input, { isKnownKind });
    if (!checked.ok) return { ok: false as const, error: checked.error };
    return append(checked.event, current);
  }

  /** The background's own records about the policy (policy-invalid, settings-changed). */
  async function recordPolicy(event: PolicyRecordEvent) {
    return append(event, await policy());
  }

  async function append(event: ValidatedEvent, current: LogPolicy | null) {
    try {
      const { id, duplicate } = await store.append(event, {
        // 'pending': made in the first seconds after start, before the administrator policy
        // was known for certain; the record says so rather than guess.
        policyVersion: current?.provisional ? 'pending' : (current?.fingerprint ?? 'unknown'),
        extensionVersion,
        userLabel: current?.userLabel ?? '',
        // While the administrator policy is still being read, queue it: forwardNow decides
        // once the policy is known (a collector configured by policy must get every record).
        forward: Boolean(current?.logEndpoint?.url) || Boolean(current?.provisional),
      });
      if (!duplicate && deps.onRecorded) {
        try {
          await deps.onRecorded(event);
        } catch {
          // The record stands; what follows from it is best effort.
        }
      }
      // Stored; forwarding happens after the answer and never delays the re-send.
      if (!duplicate && (current?.logEndpoint || current?.provisional)) void forwardNow();
      return { ok: true as const, id };
    } catch {
      return { ok: false as const, error: 'store failed' };
    }
  }

  /**
   * Keeps a forward alarm while records wait. A service worker can be stopped at any await
   * (idle timeout, browser shutdown) with nothing run after it; so the alarm that retries is
   * set BEFORE the policy wait and the fetch, late enough not to fire while this run is still
   * alive, and only moved or cleared once the run has an outcome.
   */
  async function scheduleForward(when: number | null): Promise<void> {
    try {
      if (when === null) await browser.alarms.clear(FORWARD_ALARM);
      else await browser.alarms.create(FORWARD_ALARM, { when });
    } catch {
      // No alarms API (some tests): the periodic safety alarm and the next record retry.
    }
  }

  /** Retry time after a run: the queue's back-off, never sooner than 30 s. */
  function retryAt(nextAttemptAt: number, hasCollector: boolean): number {
    return hasCollector ? Math.max(nextAttemptAt, now() + 30_000) : now() + BACKOFF_CAP_MS;
  }

  function forwardNow(): Promise<ForwardOutcome | null> {
    // One flush at a time: a second would send the same batch twice.
    flushing ??= (async () => {
      try {
        const waiting = (await store.readQueue()).pending.length > 0;
        // If this worker dies below, the alarm wakes the next one to send again.
        if (waiting) await scheduleForward(now() + FORWARD_SETTLE_WAIT_MS + FORWARD_TIMEOUT_MS + 30_000);
        // After the answer to the content script, so waiting for the settled policy costs nothing.
        const current = await policy(FORWARD_SETTLE_WAIT_MS);
        const endpoint = current?.logEndpoint;
        // No collector (yet): records queued while the policy was being read stay queued, since
        // Chromium may deliver the administrator policy later still (storage.onChanged); the
        // queue only ever holds those few, because without a collector nothing else is queued.
        // The policy watcher forwards at once when one is named; the alarm is a late re-check.
        if (!endpoint?.url) {
          if (waiting) await scheduleForward(retryAt(0, false));
          return null;
        }
        const outcome = await forwardPending({
          endpoint,
          fetch: fetchImpl,
          now,
          random: deps.random,
          loadRecords: store.loadRecords,
          update: store.updateQueue,
          readState: store.readQueue,
        });
        // Back-off (or more batches): wake up then, even if the worker sleeps meanwhile.
        if (outcome.state.pending.length > 0) await scheduleForward(retryAt(outcome.state.nextAttemptAt, true));
        else await scheduleForward(null);
        return outcome;
      } catch {
        return null;
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  async function purgeNow() {
    const current = await policy();
    const days = current?.logRetentionDays ?? DEFAULT_RETENTION_DAYS;
    try {
      return await store.purge(days);
    } catch {
      return { removed: 0 };
    }
  }

  const stopMessages = handleMessages({
    'content→background:record': (payload: GuardEvent, sender) => record(payload, sender),
  });

  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === FORWARD_ALARM || alarm.name === FORWARD_SAFETY_ALARM) void forwardNow();
    if (alarm.name === PURGE_ALARM) void purgeNow();
  };
  browser.alarms.onAlarm.addListener(onAlarm);

  // Periodic alarms survive worker restarts; re-creating one would restart its period, so a
  // worker woken more often than the period would never see it fire. Create only if missing.
  void (async () => {
    try {
      if (!(await browser.alarms.get(PURGE_ALARM)))
        browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
      if (!(await browser.alarms.get(FORWARD_SAFETY_ALARM)))
        browser.alarms.create(FORWARD_SAFETY_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
    } catch {
      // No alarms (tests without them): forwarding still runs after each record.
    }
    try {
      // A worker stopped mid-request, or a browser restart that dropped the alarms, leaves
      // records queued: every start (including after install or update) makes sure one waits.
      const queue = await store.readQueue();
      if (queue.pending.length > 0 && !(await browser.alarms.get(FORWARD_ALARM)))
        await browser.alarms.create(FORWARD_ALARM, { when: Math.max(queue.nextAttemptAt, now() + 60_000) });
    } catch {
      // Storage or alarms unavailable: the safety alarm and the next record retry.
    }
  })();

  return {
    store,
    record,
    recordPolicy,
    forwardNow,
    purgeNow,
    stop() {
      stopMessages();
      browser.alarms.onAlarm.removeListener(onAlarm);
    },
  };
}
