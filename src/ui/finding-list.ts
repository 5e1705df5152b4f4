import type { Finding } from '../detect/types';
import type { Language } from '../i18n/languages';
import { findingLabel } from './guard-strings';

export interface LabelCount {
  label: string;
  count: number;
}

/**
 * Findings as label + count, in order of first appearance, merging kinds that share a label
 * ("person" and the name category are both „Name“). Labels come from our tables or the
 * administrator's pattern names, never from the draft.
 */
export function labelCounts(findings: readonly Finding[], language: Language): LabelCount[] {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const label = findingLabel(language, finding.category, finding.kind);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}
