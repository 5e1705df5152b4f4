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
 * and answers from the latest value, so recording a decision does not wait for a read of
 * storage.managed (which may retry for seconds at start-up). Before the first value arrives it
 * waits at most `firstWaitMs`, then uses the defaults: a record must never be held back.
 */
export function watchLogPolicy(signal: AbortSignal = new AbortController().signal, firstWaitMs = 1500) {
  let latest: LogPolicy | null = null;
  let resolveFirst: (policy: LogPolicy) => void = () => undefined;
  const first = new Promise<LogPolicy>((resolve) => (resolveFirst = resolve));
  try {
    watchEffectivePolicy((effective) => {
      latest = toLogPolicy(effective);
      resolveFirst(latest);
    }, signal);
  } catch {
    // Settings unavailable: defaults below.
  }
  return async function getLogPolicy(): Promise<LogPolicy> {
    if (latest) return latest;
    const fallback = new Promise<LogPolicy>((resolve) =>
      setTimeout(() => void defaultLogPolicy().then(resolve), firstWaitMs),
    );
    return Promise.race([first, fallback]);
  };
}
