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
 * For the background: watches the effective policy (registered synchronously, as MV3 needs)
 * and answers from the latest settled value. On the very first start storage.managed may take
 * seconds to answer (Chromium's empty-at-first-start behaviour, retried in src/settings).
 * Recording a decision does not wait (`settleWaitMs` 0): it goes on with a `provisional` policy,
 * so a send is never held back; forwarding, which runs after the answer, waits for the settled
 * policy, so a record made meanwhile still reaches the organisation's collector.
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
) {
  let latest: LogPolicy | null = null;
  let settled = false;
  let resolveSettled: () => void = () => undefined;
  const settledOnce = new Promise<void>((resolve) => (resolveSettled = resolve));
  try {
    watchEffectivePolicy((effective) => {
      onEffective(effective);
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
    return settled ? policy : { ...policy, provisional: true };
  };
}
