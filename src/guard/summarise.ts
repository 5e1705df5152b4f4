import type { Assessment, Category } from '../detect/types';

/** What may leave a draft: counts per category and per kind, never text or offsets. */
export interface FindingSummary {
  categories: Partial<Record<Category, number>>;
  kinds: Record<string, number>;
  total: number;
}

export function summarise(assessment: Pick<Assessment, 'findings'> | null | undefined): FindingSummary {
  const categories: Partial<Record<Category, number>> = {};
  const kinds: Record<string, number> = {};
  let total = 0;
  for (const finding of assessment?.findings ?? []) {
    categories[finding.category] = (categories[finding.category] ?? 0) + 1;
    kinds[finding.kind] = (kinds[finding.kind] ?? 0) + 1;
    total += 1;
  }
  return { categories, kinds, total };
}
