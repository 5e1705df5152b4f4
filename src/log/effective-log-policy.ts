/**
 * The log's view of the effective policy (src/settings), for the background and the options
 * page. Glue: reads browser storage through src/settings.
 */
import { loadEffectivePolicy, watchEffectivePolicy, type EffectivePolicy } from '../settings';
import { defaultLogPolicy, type LogPolicy } from './log-policy';

export function toLogPolicy(effective: EffectivePolicy): LogPolicy {
  const { logRetentionDays, logEndpoint, userLabel, customPatterns } = effective.policy;
  return {
    logRetentionDays,
    logEndpoint,
    userLabel,
    fingerprint: effective.fingerprint,
    customPatternNames: customPatterns.map((pattern) => pattern.name),
  };
}

/** One read (options page). Falls back to the defaults, so the page always renders. */
export async function loadLogPolicy(): Promise<LogPolicy> {
  try {
    return toLogPolicy(await loadEffectivePolicy());
  } catch {
    return defaultLogPolicy();
  }
}

/**
 * How long after the background starts an administrator policy without a collector is not
 * trusted to mean "no collector". Chromium may answer storage.managed with `{}` for seconds after
 * start-up or installation (3.8–4.3 s seen on a busy machine, longer than src/settings retries)
 * and deliver the policy later through storage.onChanged. A record made meanwhile would be
 * stored but never queued, and the collector named seconds later would never get it.
 */
export const LATE_POLICY_MS = 60_000;

/**
 * For the background: watches the effective policy (registered synchronously, as MV3 needs)
 * and answers from the latest settled value. On the very first start storage.managed may take
 * seconds to answer (Chromium's empty-at-first-start behaviour, retried in src/settings).
 * Recording a decision does not wait (`settleWaitMs` 0): it goes on with a `provisional` policy,
 * so a send is never held back; forwarding, which runs after the answer, waits for the settled
 * policy, so a record made meanwhile still reaches the organisation's collector.
 *
 * The answer stays `provisional` while the collector question is open: not read yet, or read as
 * "no collector" within LATE_POLICY_MS of a start where a collector could still come (first
 * start, or a cached policy that named one) and no administrator policy has answered yet. Such
 * records are queued; the collector that arrives later gets them (onSettled → forwardNow).
 * A start with a cached "no collector" is known-unmanaged and does not wait.
 */
export function watchLogPolicy(
  signal: AbortSignal = new AbortController().signal,
  /** Called with each new settled policy, e.g. to forward at once when a collector appears. */
  onSettled: (policy: LogPolicy) => void = () => undefined,
  /**
   * Called with every effective policy this one subscription sees (pending ones included), so
   * the background reads other fields (the guidelines version) without a second storage watch.
   */
  onEffective: (effective: EffectivePolicy) => void = () => undefined,
  now: () => number = Date.now,
) {
  const startedAt = now();
  let latest: LogPolicy | null = null;
  let settled = false;
  // Decided by the first policy seen: could an administrator policy with a collector still come?
  let collectorMayCome: boolean | null = null;
  let adminAnswered = false;
  let resolveSettled: () => void = () => undefined;
  const settledOnce = new Promise<void>((resolve) => (resolveSettled = resolve));
  try {
    watchEffectivePolicy((effective) => {
      onEffective(effective);
      collectorMayCome ??=
        effective.adminState === 'pending' ||
        (effective.adminState === 'cache' && Boolean(effective.policy.logEndpoint));
      if (effective.adminState === 'managed') adminAnswered = true;
      latest = toLogPolicy(effective);
      if (effective.adminState !== 'pending') {
        settled = true;
        resolveSettled();
        onSettled(latest);
      }
    }, signal);
  } catch {
    // Settings unavailable: defaults below.
    settled = true;
    resolveSettled();
  }
  return async function getLogPolicy(settleWaitMs = 0): Promise<LogPolicy> {
    if (!settled && settleWaitMs > 0)
      await Promise.race([settledOnce, new Promise((resolve) => setTimeout(resolve, settleWaitMs))]);
    const policy = latest ?? (await defaultLogPolicy());
    const lateCollectorPossible =
      collectorMayCome === true && !adminAnswered && !policy.logEndpoint && now() - startedAt < LATE_POLICY_MS;
    return settled && !lateCollectorPossible ? policy : { ...policy, provisional: true };
  };
}
