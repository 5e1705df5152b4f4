/**
 * Every user-visible string, German first. The English table must have exactly the same keys
 * (the type enforces it). Manifest strings live in assets/_locales (checked by a test).
 * Placeholders are written {name} and filled by t().
 */
import { translator } from './translate';
import type { Language } from './languages';

export const de = {
  extName: 'Vertraulich',
  guardActive: 'Vertraulich schützt diese Seite.',
  optionsTitle: 'Vertraulich – Einstellungen',
  popupTitle: 'Vertraulich',
} as const;

export type StringKey = keyof typeof de;

export const en: Record<StringKey, string> = {
  extName: 'Vertraulich',
  guardActive: 'Vertraulich protects this page.',
  optionsTitle: 'Vertraulich – Settings',
  popupTitle: 'Vertraulich',
};

const tables: Record<Language, Record<StringKey, string>> = { de, en };

export const t = translator<StringKey>(tables);
