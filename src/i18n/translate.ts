import type { Language } from './languages';

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A lookup over one German and one English table with the same keys (the type enforces it).
 * Each part of the UI keeps its own table; they share this one function.
 */
export function translator<K extends string>(tables: Record<Language, Record<K, string>>) {
  return (language: Language, key: K, params: Params = {}): string => fill(tables[language][key], params);
}
