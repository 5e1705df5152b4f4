/**
 * The caseload for the guard's scans: the stored key and tags (never a name) become a matcher
 * that rides along in the scan options; when the worker changes the list, the policy is handed
 * on once more, so the guard judges open drafts again as it does after a policy change.
 */
import type { ClientMatcher, ScanOptions } from '../detect/types';
import { createClientMatcher } from '../caseload/matcher';
import type { Caseload } from '../caseload/stored';
import type { Policy } from '../policy/types';
import type { PolicySource } from './policy-source';

export type CaseloadWatcher = (callback: (caseload: Caseload | null) => void, signal: AbortSignal) => void;

export interface CaseloadSource {
  /** The scan options with the current matcher added (unchanged when there is none). */
  withClients(options: ScanOptions): ScanOptions;
  /** `source`, emitting its latest policy again whenever the caseload changes. */
  policy(source: PolicySource): PolicySource;
}

export function caseloadSource(watch: CaseloadWatcher, signal: AbortSignal): CaseloadSource {
  let matcher: ClientMatcher | null = null;
  const listeners = new Set<() => void>();
  watch((caseload) => {
    matcher = caseload && caseload.names.length > 0 ? createClientMatcher(caseload) : null;
    for (const listener of listeners) listener();
  }, signal);
  return {
    withClients: (options) => (matcher ? { ...options, clients: matcher } : options),
    policy: (source) => (onPolicy, consumerSignal) => {
      let latest: Policy | null = null;
      const again = () => {
        if (latest) onPolicy(latest);
      };
      listeners.add(again);
      consumerSignal.addEventListener('abort', () => listeners.delete(again), { once: true });
      source((policy) => {
        latest = policy;
        onPolicy(policy);
      }, consumerSignal);
    },
  };
}
