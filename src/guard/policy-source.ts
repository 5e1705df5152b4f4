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
