/**
 * What the effective policy adds to a scan: the organisation's own terms, allow terms,
 * custom patterns and the language hint. Used by the guard, the CLI and the benchmarks,
 * so all three scan exactly as the extension does. Pure.
 */
import type { ScanOptions } from '../detect/types';
import type { Policy } from './types';

export function scanOptionsFor(
  policy: Pick<Policy, 'customTerms' | 'allowTerms' | 'customPatterns' | 'language'>,
): ScanOptions {
  return {
    extraTerms: policy.customTerms,
    allowTerms: policy.allowTerms,
    customPatterns: policy.customPatterns,
    language: policy.language,
  };
}
