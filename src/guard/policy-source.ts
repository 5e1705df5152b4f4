/**
 * Where the guard gets its policy: a subscription that calls back with every effective
 * policy (first one as soon as known) until the signal aborts. The content scripts pass
 * src/settings' watcher; tests pass a fixed policy.
 */
import { DEFAULT_POLICY } from '../policy/defaults';
import type { Policy } from '../policy/types';

export type PolicySource = (onPolicy: (policy: Policy) => void, signal: AbortSignal) => void;

export function fixedPolicy(overrides: Partial<Policy> = {}): PolicySource {
  return (onPolicy) => onPolicy({ ...DEFAULT_POLICY, ...overrides });
}

/**
 * One subscription to `source`, shared by several consumers (the guard and the guidelines
 * prompt), so a content script reads storage and storage.managed once, not once per consumer.
 * A consumer that joins late gets the latest policy at once.
 */
export function sharedPolicySource(source: PolicySource, signal: AbortSignal): PolicySource {
  let latest: Policy | null = null;
  const consumers = new Set<(policy: Policy) => void>();
  source((policy) => {
    latest = policy;
    for (const consumer of consumers) consumer(policy);
  }, signal);
  return (onPolicy, consumerSignal) => {
    if (consumerSignal.aborted) return;
    consumers.add(onPolicy);
    consumerSignal.addEventListener('abort', () => consumers.delete(onPolicy), { once: true });
    if (latest) onPolicy(latest);
  };
}
