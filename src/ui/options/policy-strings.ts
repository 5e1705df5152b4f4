/**
 * Strings of the policy section of the options page, German first. The English table must
 * have exactly the same keys (the Record type enforces it). Placeholders are {name}.
 * Setting titles and descriptions come from the schema (src/policy/schema.ts), not from here.
 */
import type { Language } from '../../i18n/languages';

export const policyDe = {
  sectionTitle: 'Einstellungen',
  intro: 'Hier sehen Sie, welche Einstellungen gelten und woher sie kommen. Änderungen werden sofort gespeichert.',
  loading: 'Einstellungen werden geladen …',
  managedNotice: 'Ihre Organisation hat {count} Einstellungen festgelegt. Diese sind gesperrt.',
  lockedBadge: 'Von Ihrer Organisation festgelegt',
  adminOnly: 'Nur durch Ihre Organisation einstellbar',
  errorsTitle: 'Probleme mit den Einstellungen',
  errorsIntro: 'Diese Angaben wurden nicht übernommen. Für sie gilt der Standardwert; alles andere funktioniert.',
  errorsFromAdmin: 'Richtlinie der Organisation',
  errorsFromUser: 'Ihre Einstellungen',
  reset: 'Auf Standard zurücksetzen',
  saved: 'Gespeichert.',
  notSaved: 'Nicht gespeichert:',
  saveFailed: 'Speichern fehlgeschlagen. Bitte erneut versuchen.',
  onePerLine: 'Ein Eintrag pro Zeile.',
  termsFormat: 'Ein Eintrag pro Zeile: Begriff | Kategorie (Kategorie optional).',
  patternsFormat: 'Ein Eintrag pro Zeile: Name | Kategorie | Ausdruck.',
  secretSet: 'gesetzt (verborgen)',
  notSet: 'nicht gesetzt',
  on: 'an',
  off: 'aus',
  diagnosticsTitle: 'Diagnose',
  fingerprint: 'Version der Richtlinie (Prüfsumme)',
  adminState: 'Richtlinie der Organisation',
  adminStateManaged: 'vorhanden und gelesen',
  adminStateNone: 'keine',
  adminStateCache: 'nicht lesbar – zuletzt gelesene Fassung wird verwendet',
  adminStateUnavailable: 'nicht lesbar',
  adminStatePending: 'wird noch gelesen',
  colSetting: 'Einstellung',
  colSource: 'Herkunft',
  colLocked: 'Gesperrt',
  sourceAdmin: 'Organisation',
  sourceUser: 'Sie',
  sourceDefault: 'Standard',
  yes: 'ja',
  no: 'nein',
  thresholdNotice: 'Hinweis (notice)',
  thresholdWarn: 'Warnung (warn)',
  thresholdHigh: 'Hoch (high)',
  thresholdOff: 'Aus (off)',
  languageAuto: 'Automatisch (Sprache des Browsers)',
  languageDe: 'Deutsch',
  languageEn: 'English',
} as const;

export type PolicyStringKey = keyof typeof policyDe;

export const policyEn: Record<PolicyStringKey, string> = {
  sectionTitle: 'Settings',
  intro: 'This shows which settings apply and where they come from. Changes are saved at once.',
  loading: 'Loading settings …',
  managedNotice: 'Your organisation has set {count} settings. They are locked.',
  lockedBadge: 'Set by your organisation',
  adminOnly: 'Only your organisation can set this',
  errorsTitle: 'Problems with the settings',
  errorsIntro: 'These values were not applied. Their defaults apply; everything else works.',
  errorsFromAdmin: "Organisation's policy",
  errorsFromUser: 'Your settings',
  reset: 'Reset to default',
  saved: 'Saved.',
  notSaved: 'Not saved:',
  saveFailed: 'Saving failed. Please try again.',
  onePerLine: 'One entry per line.',
  termsFormat: 'One entry per line: term | category (category optional).',
  patternsFormat: 'One entry per line: name | category | expression.',
  secretSet: 'set (hidden)',
  notSet: 'not set',
  on: 'on',
  off: 'off',
  diagnosticsTitle: 'Diagnostics',
  fingerprint: 'Policy version (checksum)',
  adminState: "Organisation's policy",
  adminStateManaged: 'present and read',
  adminStateNone: 'none',
  adminStateCache: 'not readable – the last version read is used',
  adminStateUnavailable: 'not readable',
  adminStatePending: 'still being read',
  colSetting: 'Setting',
  colSource: 'Source',
  colLocked: 'Locked',
  sourceAdmin: 'Organisation',
  sourceUser: 'You',
  sourceDefault: 'Default',
  yes: 'yes',
  no: 'no',
  thresholdNotice: 'Notice',
  thresholdWarn: 'Warning',
  thresholdHigh: 'High',
  thresholdOff: 'Off',
  languageAuto: 'Automatic (browser language)',
  languageDe: 'Deutsch',
  languageEn: 'English',
};

const tables: Record<Language, Record<PolicyStringKey, string>> = { de: policyDe, en: policyEn };

export function policyT(
  language: Language,
  key: PolicyStringKey,
  params: Record<string, string | number> = {},
): string {
  return tables[language][key].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
