/**
 * Strings of the guard's warning panel and acknowledgement dialog, German first. The English
 * table must have exactly the same keys (the type enforces it). Placeholders are {name}.
 * Kept apart from src/i18n/strings.ts so the guard's wording can change without touching
 * the shared table.
 */
import { translator } from '../i18n/translate';
import { BUILT_IN_KINDS } from '../log/known-kinds';
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
  dialogTitlePost: 'Vertrauliche Angaben in Ihrem Beitrag',
  dialogTitleConsent: 'Dieser öffentliche Beitrag nennt eine Person',
  consentBody:
    'Über eine Person darf nur mit ihrer schriftlichen Einwilligung öffentlich geschrieben werden. Liegt sie nicht vor, bearbeiten Sie den Beitrag.',
  dialogIntroPost: 'Vor dem Veröffentlichen bitte prüfen:',
  reasonLegend: 'Warum möchten Sie trotzdem senden?',
  reasonLegendPost: 'Warum möchten Sie trotzdem veröffentlichen?',
  'reason.consent': 'Die schriftliche Einwilligung liegt vor',
  'reason.false-alarm': 'Fehlalarm – nichts Vertrauliches',
  'reason.necessary': 'Dienstlich notwendig, kein anderer Kanal erreichbar',
  reasonNeeded: 'Bitte wählen Sie zuerst einen Grund.',
  sendAnywayPost: 'Trotzdem veröffentlichen',
  recordFailedPost:
    'Die Bestätigung konnte nicht protokolliert werden. Der Beitrag wurde nicht veröffentlicht. Bitte versuchen Sie es erneut.',
  sendControlMissingPost:
    'Die Schaltfläche „Posten“ der Seite wurde nicht gefunden. Der Beitrag wurde nicht veröffentlicht.',
  moveTo: 'In {channel} weiterschreiben',
  moveHint:
    'Kopiert den Entwurf in die Zwischenablage und öffnet {channel} in einem neuen Tab. Der Entwurf bleibt hier stehen.',
  moveCopyFailed: 'Der Entwurf konnte nicht kopiert werden. Bitte kopieren Sie ihn selbst.',
  panelNoticeOk: 'Sie können so senden – dies ist nur ein Hinweis.',
  panelConsentNotice:
    'Öffentlicher Beitrag mit einem Namen: Vor dem Veröffentlichen wird nach der schriftlichen Einwilligung gefragt.',
  closeNotice: 'Hinweis schließen',
  findingsLabel: 'Fundstellen – auswählen, um sie im Entwurf zu markieren',
  findingButton: '{label} ({index} von {count})',
  fixInitial: 'Als Initial schreiben',
  fixRemove: 'Entfernen',
  fixFailed: 'Das ließ sich hier nicht ändern. Bitte bearbeiten Sie den Entwurf selbst.',
  whyLine: '{label}: {why}',
  announce: 'Vertraulich: {labels} gefunden.',
  announceNone: 'Vertraulich: keine Fundstellen mehr.',
  expand: 'Details',
  collapse: 'Weniger',
  'why.person': 'nennt eine Person; zusammen mit dem Anlass ist sie erkennbar',
  'why.birth-date': 'macht eine Person eindeutig erkennbar',
  'why.age': 'grenzt zusammen mit anderen Angaben eine Person ein',
  'why.address': 'verrät, wo eine Person wohnt',
  'why.email': 'führt direkt zu einer Person',
  'why.phone': 'führt direkt zu einer Person',
  'why.case-number': 'verweist auf eine Akte und damit auf eine Person',
  'why.identifier': 'eine Nummer, die genau einer Person gehört',
  'why.health': 'Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO)',
  'why.special': 'eine besonders geschützte Angabe (Art. 9 und 10 DSGVO)',
  'why.social': 'Sozialdaten unterliegen dem Sozialgeheimnis (§ 35 SGB I, SGB X)',
  'why.custom': 'von Ihrer Organisation als vertraulich festgelegt',
  'why.name': 'nennt eine Person; zusammen mit dem Anlass ist sie erkennbar',
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
  dialogTitlePost: 'Confidential information in your post',
  dialogTitleConsent: 'This public post names a person',
  consentBody:
    'You may only write publicly about a person with their written consent. If you do not have it, edit the post.',
  dialogIntroPost: 'Please check before publishing:',
  reasonLegend: 'Why do you want to send it anyway?',
  reasonLegendPost: 'Why do you want to publish it anyway?',
  'reason.consent': 'Written consent has been given',
  'reason.false-alarm': 'False alarm – nothing confidential',
  'reason.necessary': 'Necessary for work, no other channel available',
  reasonNeeded: 'Please choose a reason first.',
  sendAnywayPost: 'Publish anyway',
  recordFailedPost: 'The acknowledgement could not be recorded. The post was not published. Please try again.',
  sendControlMissingPost: "The page's Post button was not found. The post was not published.",
  moveTo: 'Continue in {channel}',
  moveHint: 'Copies the draft to the clipboard and opens {channel} in a new tab. The draft stays here.',
  moveCopyFailed: 'The draft could not be copied. Please copy it yourself.',
  panelNoticeOk: 'You can send this – it is only a note.',
  panelConsentNotice: 'Public post with a name: you will be asked for written consent before publishing.',
  closeNotice: 'Close note',
  findingsLabel: 'Findings – choose one to select it in the draft',
  findingButton: '{label} ({index} of {count})',
  fixInitial: 'Write as initial',
  fixRemove: 'Remove',
  fixFailed: 'This could not be changed here. Please edit the draft yourself.',
  whyLine: '{label}: {why}',
  announce: 'Vertraulich: found {labels}.',
  announceNone: 'Vertraulich: no findings left.',
  expand: 'Details',
  collapse: 'Less',
  'why.person': 'names a person; together with the occasion they can be recognised',
  'why.birth-date': 'makes a person uniquely identifiable',
  'why.age': 'narrows down a person together with other details',
  'why.address': 'reveals where a person lives',
  'why.email': 'leads directly to a person',
  'why.phone': 'leads directly to a person',
  'why.case-number': 'points to a case file and so to a person',
  'why.identifier': 'a number that belongs to exactly one person',
  'why.health': 'health data is specially protected (Art. 9 GDPR)',
  'why.special': 'specially protected information (Art. 9 and 10 GDPR)',
  'why.social': 'social data is protected by social secrecy (§ 35 SGB I, SGB X)',
  'why.custom': 'marked as confidential by your organisation',
  'why.name': 'names a person; together with the occasion they can be recognised',
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
  // Not one of ours: the administrator's pattern name ("aktenzeichen"), whatever its category.
  if (kind && !BUILT_IN_KINDS.has(kind)) return kind;
  return gt(language, `category.${category}`);
}

/** One line on why a finding matters: „Geburtsdatum: macht eine Person eindeutig erkennbar“. */
export function whyLine(language: Language, category: Category, kind: string): string {
  const kindKey = `why.${kind}`;
  const why =
    kindKey in guardDe ? gt(language, kindKey as GuardStringKey) : gt(language, `why.${category}` as GuardStringKey);
  return gt(language, 'whyLine', { label: findingLabel(language, category, kind), why });
}
