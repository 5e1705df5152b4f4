import type { Finding } from '../detect/types';
import type { Language } from '../i18n/languages';
import { fixFor } from './fix-actions';
import { findingLabel, whyLine } from './guard-strings';
import type { PanelFinding } from './warning-panel';

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

/** At most this many finding buttons; the counts above still cover every finding. */
export const MAX_LISTED = 20;

/**
 * The findings the panel lists, one button each, in draft order: a span inside a longer one of
 * the same category is the same mention („Leon“ in „Leon Schmidt“) and is left out.
 */
export function listedFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const inside = kept.some(
      (other) => other.category === finding.category && other.start <= finding.start && other.end >= finding.end,
    );
    if (!inside) kept.push(finding);
    if (kept.length === MAX_LISTED) break;
  }
  return kept;
}

export function panelFindings(findings: readonly Finding[], language: Language, text: string): PanelFinding[] {
  return findings.map((finding) => ({
    label: findingLabel(language, finding.category, finding.kind),
    why: whyLine(language, finding.category, finding.kind),
    fix: fixFor(finding, text)?.kind ?? null,
  }));
}
