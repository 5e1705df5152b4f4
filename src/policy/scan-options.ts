/**
 * What the effective policy adds to a scan: the organisation's own terms, allow terms,
 * custom patterns, the language hint and how the worker's own clients count. Used by the guard, the CLI and the benchmarks,
 * so all three scan exactly as the extension does. Pure.
 */
import type { ScanOptions } from '../detect/types';
import type { Policy } from './types';

export function scanOptionsFor(
  policy: Pick<
    Policy,
    'customTerms' | 'allowTerms' | 'customPatterns' | 'language' | 'caseload' | 'caseloadAlone' | 'caseloadGreeting'
  >,
): ScanOptions {
  return {
    extraTerms: policy.customTerms,
    allowTerms: policy.allowTerms,
    customPatterns: policy.customPatterns,
    language: policy.language,
    // The caseload's matcher comes from storage.local, not the policy (src/guard/caseload-source.ts).
    caseload: policy.caseload,
    clientSeverity: { alone: policy.caseloadAlone, greeting: policy.caseloadGreeting },
  };
}
