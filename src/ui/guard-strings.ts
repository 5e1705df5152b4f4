/**
 * Strings of the guard's warning panel and acknowledgement dialog, German first. The English
 * table must have exactly the same keys (the type enforces it). Placeholders are {name}.
 * Kept apart from src/i18n/strings.ts so the guard's wording can change without touching
 * the shared table.
 */
import { translator } from '../i18n/translate';
import type { Category } from '../detect/types';
import type { Language } from '../i18n/languages';

export const guardDe = {
  guidelinesTitle: 'Social-Media-Leitlinien Ihrer Organisation',
  guidelinesBody:
    'Bitte lesen und bestätigen Sie die Leitlinien Ihrer Organisation für WhatsApp und Facebook: Diese Kanäle sind für Kontakt und Terminabsprachen da, nicht für Beratung oder vertrauliche Angaben.',
  guidelinesBodyVersion:
    'Bitte lesen und bestätigen Sie die Leitlinien Ihrer Organisation für WhatsApp und Facebook (Fassung {version}): Diese Kanäle sind für Kontakt und Terminabsprachen da, nicht für Beratung oder vertrauliche Angaben.',
  guidelinesOpen: 'Leitlinien öffnen (neuer Tab)',
  guidelinesCheck: 'Ich habe die Leitlinien gelesen und halte mich daran.',
  guidelinesConfirm: 'Bestätigen',
  guidelinesLater: 'Später',
  guidelinesRecordFailed: 'Die Bestätigung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  panelTitleWarn: 'Achtung: vertrauliche Angaben erkannt',
  panelTitleNotice: 'Hinweis',
  panelTitleFailed: 'Die Prüfung ist fehlgeschlagen',
  panelFoundIntro: 'Gefunden:',
  panelNoticeBody: 'Dieser Entwurf enthält möglicherweise personenbezogene Angaben.',
  failedBody:
    'Vertraulich konnte diesen Entwurf nicht vollständig prüfen. Bitte prüfen Sie selbst, ob er vertrauliche Angaben enthält.',
  channelWarning: 'Vertrauliche Beratung und Klientendaten gehören nicht in diesen Kanal.',
  channelAdvice: 'Nutzen Sie stattdessen {channel}.',
  channelDefault:
    'den von Ihrer Organisation freigegebenen Kanal (z. B. verschlüsselte Beratungsplattform, Telefon oder persönliches Gespräch)',
  contactAdvice: 'Fragen? Ansprechperson: {contact}',
  falseAlarm: 'Kein sensibler Inhalt? Fehlalarm melden',
  falseAlarmThanks: 'Danke – als Fehlalarm gemeldet (ohne Inhalt).',
  highlightLegend: 'Die Fundstellen sind im Entwurf markiert.',
  dialogTitle: 'Vertrauliche Angaben in Ihrer Nachricht',
  dialogTitleBlock: 'Senden nicht erlaubt',
  dialogBlockReason:
    'Ihre Organisation erlaubt nicht, solche Angaben über diesen Kanal zu senden. Bitte entfernen Sie sie oder nutzen Sie den freigegebenen Kanal.',
  dialogIntro: 'Vor dem Senden bitte prüfen:',
  confirmCheck: 'Ich habe geprüft: keine Beratung, keine sensiblen Daten – oder die Einwilligung liegt vor',
  consentCheck: 'Die genannte Person hat der Veröffentlichung schriftlich zugestimmt (öffentlicher Beitrag).',
  edit: 'Bearbeiten',
  sendAnyway: 'Trotzdem senden',
  recording: 'Wird protokolliert …',
  recordFailed:
    'Die Bestätigung konnte nicht protokolliert werden. Die Nachricht wurde nicht gesendet. Bitte versuchen Sie es erneut.',
  sendControlMissing: 'Die Senden-Schaltfläche der Seite wurde nicht gefunden. Die Nachricht wurde nicht gesendet.',
  sendAgain:
    'Bestätigt und protokolliert. Die Senden-Schaltfläche dieser Seite wird nicht erkannt: Gehen Sie mit „Bearbeiten“ zurück und senden Sie den unveränderten Entwurf noch einmal selbst.',
  draftChanged: 'Der Entwurf hat sich geändert. Bitte prüfen Sie ihn und senden Sie erneut.',
  close: 'Schließen',
  brand: 'Vertraulich',
  countSuffix: '{label}: {count}',
  // Categories
  'category.name': 'Name',
  'category.health': 'Gesundheitsangabe',
  'category.special': 'Besondere Kategorie (z. B. Religion, Herkunft, Straftat)',
  'category.social': 'Sozialdaten',
  'category.identifier': 'Kennung',
  'category.custom': 'Von Ihrer Organisation festgelegter Begriff',
  // Identifier and term kinds
  'kind.person': 'Name',
  'kind.client': 'Name einer Ihrer Klientinnen oder Klienten',
  'kind.email': 'E-Mail-Adresse',
  'kind.phone': 'Telefonnummer',
  'kind.iban': 'IBAN',
  'kind.tax-id': 'Steuer-ID',
  'kind.pension-insurance-number': 'Sozialversicherungsnummer',
  'kind.health-insurance-number': 'Krankenversichertennummer',
  'kind.id-card': 'Ausweis- oder Passnummer',
  'kind.birth-date': 'Geburtsdatum',
  'kind.age': 'Altersangabe',
  'kind.address': 'Anschrift',
  'kind.case-number': 'Aktenzeichen',
  'kind.health-term': 'Gesundheitsangabe',
  'kind.special-term': 'Besondere Kategorie (z. B. Religion, Herkunft)',
  'kind.criminal-term': 'Strafrechtliche Angabe',
  'kind.social-term': 'Sozialdaten',
} as const;

export type GuardStringKey = keyof typeof guardDe;

export const guardEn: Record<GuardStringKey, string> = {
  guidelinesTitle: "Your organisation's social-media guidelines",
  guidelinesBody:
    "Please read and confirm your organisation's guidelines for WhatsApp and Facebook: these channels are for making contact and arranging appointments, not for counselling or confidential details.",
  guidelinesBodyVersion:
    "Please read and confirm your organisation's guidelines for WhatsApp and Facebook (version {version}): these channels are for making contact and arranging appointments, not for counselling or confidential details.",
  guidelinesOpen: 'Open the guidelines (new tab)',
  guidelinesCheck: 'I have read the guidelines and follow them.',
  guidelinesConfirm: 'Confirm',
  guidelinesLater: 'Later',
  guidelinesRecordFailed: 'The confirmation could not be saved. Please try again.',
  panelTitleWarn: 'Caution: confidential information detected',
  panelTitleNotice: 'Note',
  panelTitleFailed: 'The check failed',
  panelFoundIntro: 'Found:',
  panelNoticeBody: 'This draft may contain personal information.',
  failedBody:
    'Vertraulich could not check this draft completely. Please check yourself whether it contains confidential information.',
  channelWarning: 'Confidential counselling and client data do not belong on this channel.',
  channelAdvice: 'Please use {channel} instead.',
  channelDefault:
    'the channel your organisation has approved (e.g. an encrypted counselling platform, the phone or a personal conversation)',
  contactAdvice: 'Questions? Contact: {contact}',
  falseAlarm: 'Not sensitive? Report a false alarm',
  falseAlarmThanks: 'Thank you – reported as a false alarm (without content).',
  highlightLegend: 'The findings are marked in the draft.',
  dialogTitle: 'Confidential information in your message',
  dialogTitleBlock: 'Sending not allowed',
  dialogBlockReason:
    'Your organisation does not allow sending such information on this channel. Please remove it or use the approved channel.',
  dialogIntro: 'Please check before sending:',
  confirmCheck: 'I have checked: no counselling, no sensitive data – or consent has been given',
  consentCheck: 'The person named has given written consent to publication (public post).',
  edit: 'Edit',
  sendAnyway: 'Send anyway',
  recording: 'Recording …',
  recordFailed: 'The acknowledgement could not be recorded. The message was not sent. Please try again.',
  sendControlMissing: "The page's send button was not found. The message was not sent.",
  sendAgain:
    "Confirmed and logged. This page's send button is not recognised: go back with “Edit” and send the unchanged draft once more yourself.",
  draftChanged: 'The draft has changed. Please check it and send again.',
  close: 'Close',
  brand: 'Vertraulich',
  countSuffix: '{label}: {count}',
  'category.name': 'Name',
  'category.health': 'Health information',
  'category.special': 'Special category (e.g. religion, origin, offence)',
  'category.social': 'Social data',
  'category.identifier': 'Identifier',
  'category.custom': 'Term set by your organisation',
  'kind.person': 'Name',
  'kind.client': 'Name of one of your clients',
  'kind.email': 'E-mail address',
  'kind.phone': 'Phone number',
  'kind.iban': 'IBAN',
  'kind.tax-id': 'Tax ID',
  'kind.pension-insurance-number': 'Social insurance number',
  'kind.health-insurance-number': 'Health insurance number',
  'kind.id-card': 'ID card or passport number',
  'kind.birth-date': 'Date of birth',
  'kind.age': 'Age',
  'kind.address': 'Address',
  'kind.case-number': 'Case number',
  'kind.health-term': 'Health information',
  'kind.special-term': 'Special category (e.g. religion, origin)',
  'kind.criminal-term': 'Criminal matter',
  'kind.social-term': 'Social data',
};

const tables: Record<Language, Record<GuardStringKey, string>> = { de: guardDe, en: guardEn };

export const gt = translator<GuardStringKey>(tables);

/**
 * The label for a finding: the kind's own label where one exists (so an identifier says
 * „Sozialversicherungsnummer“, not „Kennung“), else the category's. Custom pattern names are
 * the administrator's own words, so they are shown as they are.
 */
export function findingLabel(language: Language, category: Category, kind: string): string {
  const kindKey = `kind.${kind}`;
  if (kindKey in guardDe) return gt(language, kindKey as GuardStringKey);
  if (category === 'custom' && kind) return kind;
  return gt(language, `category.${category}`);
}
