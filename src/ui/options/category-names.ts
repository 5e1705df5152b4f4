/**
 * Category names for people on the options page: custom terms and patterns are written as
 * „Begriff | Gesundheit“, not with English codes. Parsing accepts the German and the English
 * name and the code (case-insensitive), so a line keeps working when the language changes; an
 * unknown name is passed through unchanged and the policy validator reports it.
 */
import type { Category } from '../../detect/types';
import type { Language } from '../../i18n/languages';

export const CATEGORY_NAMES: Record<Language, Record<Category, string>> = {
  de: {
    name: 'Name',
    health: 'Gesundheit',
    special: 'Besondere Kategorie',
    social: 'Sozialdaten',
    identifier: 'Kennung',
    custom: 'Eigener Begriff',
  },
  en: {
    name: 'Name',
    health: 'Health',
    special: 'Special category',
    social: 'Social data',
    identifier: 'Identifier',
    custom: 'Own term',
  },
};

export function categoryName(language: Language, category: string): string {
  return (CATEGORY_NAMES[language] as Record<string, string>)[category] ?? category;
}

export function categoryCode(name: string): string {
  const wanted = name.trim().toLowerCase();
  for (const table of Object.values(CATEGORY_NAMES))
    for (const [code, label] of Object.entries(table))
      if (label.toLowerCase() === wanted || code === wanted) return code;
  return name.trim();
}

/** The list shown under the field: „Kategorien: Name, Gesundheit, …“. */
export function categoryList(language: Language): string {
  return Object.values(CATEGORY_NAMES[language]).join(', ');
}
