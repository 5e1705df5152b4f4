/**
 * Strings of "Meine Klientinnen und Klienten" (options page), German first. The English table
 * must have exactly the same keys (the Record type enforces it). Placeholders are {name}.
 */
import { translator } from '../../i18n/translate';
import type { Language } from '../../i18n/languages';

export const caseloadDe = {
  sectionTitle: 'Meine Klientinnen und Klienten',
  intro:
    'Tragen Sie die Namen Ihrer Klientinnen und Klienten ein, dann erkennt Vertraulich sie in jedem Entwurf – auch kleingeschrieben, ohne Akzente oder mit ae statt ä. Die Namen werden nicht gespeichert: nur ein Schlüssel-Hash (HMAC-SHA-256) jedes Namens mit einem zufälligen Schlüssel dieses Browserprofils. Angezeigt wird nur die Anzahl, nie welche Namen; niemand kann die Liste hier wieder lesen, auch Sie nicht.',
  countNone: 'Noch keine Namen gespeichert.',
  count: 'Gespeichert: {count} Namen.',
  countOne: 'Gespeichert: 1 Name.',
  loadFailed: 'Die gespeicherte Liste konnte nicht gelesen werden.',
  policyOff:
    'Ihre Organisation hat die Erkennung eigener Klientinnen und Klienten ausgeschaltet; die Liste wird derzeit nicht genutzt.',
  userOff:
    'Die Erkennung eigener Klientinnen und Klienten ist oben unter „Eigene Klientinnen und Klienten erkennen“ ausgeschaltet; die Liste wird derzeit nicht genutzt.',
  inputLabel: 'Namen hinzufügen, einen pro Zeile („Vorname Nachname“ oder „Nachname, Vorname“)',
  inputPlaceholder: 'Vorname Nachname\nNachname, Vorname',
  save: 'Namen sicher speichern',
  importTitle: 'Aus der Fachsoftware importieren',
  importHint:
    'Eine CSV- oder Textdatei (Export der Fallverwaltung; Semikolon, Komma oder Tabulator; UTF-8 oder Windows-1252). Wählen Sie die Spalten mit Vor- und Nachnamen; andere Spalten werden nicht gelesen.',
  fileLabel: 'Datei',
  firstColumn: 'Spalte mit Vornamen',
  lastColumn: 'Spalte mit Nachnamen',
  noColumn: '– keine –',
  column: 'Spalte {n}',
  columnNamed: 'Spalte {n}: {title}',
  headerRow: 'Erste Zeile enthält Spaltenüberschriften',
  plainList: 'Die Datei enthält eine Liste mit einem Namen pro Zeile.',
  importButton: 'Importieren',
  progress: 'Namen werden gehasht … {done} von {total}',
  resultAdded: '{added} Namen hinzugefügt.',
  resultAddedOne: '1 Name hinzugefügt.',
  resultNone: 'Keine neuen Namen.',
  skipped: 'Übersprungen: {parts}.',
  skippedDuplicates: '{n} doppelt',
  skippedEmpty: '{n} leer',
  skippedInvalid: '{n} ohne gültigen Namen',
  skippedOverLimit: '{n} über der Höchstzahl von {max}',
  encoding: 'Zeichensatz der Datei: {encoding}.',
  saveFailed: 'Die Namen konnten nicht gespeichert werden; es wurde nichts geändert. Ihre Eingabe ist noch da.',
  readFailed: 'Die Datei konnte nicht gelesen werden.',
  delete: 'Liste löschen',
  deleteConfirm: 'Wirklich alle {count} Namen und den Schlüssel löschen',
  deleteCancel: 'Abbrechen',
  deleted: 'Die Liste und ihr Schlüssel wurden gelöscht.',
};

export type CaseloadStringKey = keyof typeof caseloadDe;

export const caseloadEn: Record<CaseloadStringKey, string> = {
  sectionTitle: 'My clients',
  intro:
    "Enter your clients' names and Vertraulich recognises them in every draft – in lower case, without accents or with ae for ä too. The names are not stored: only a keyed hash (HMAC-SHA-256) of each name with a random key of this browser profile. Only the number is shown, never which names; nobody can read the list back here, not even you.",
  countNone: 'No names stored yet.',
  count: 'Stored: {count} names.',
  countOne: 'Stored: 1 name.',
  loadFailed: 'The stored list could not be read.',
  policyOff: 'Your organisation has turned off recognising your own clients; the list is not used at the moment.',
  userOff:
    'Recognising your own clients is turned off above ("Recognise your own clients"); the list is not used at the moment.',
  inputLabel: 'Add names, one per line ("First Last" or "Last, First")',
  inputPlaceholder: 'First Last\nLast, First',
  save: 'Store names securely',
  importTitle: 'Import from your case-management software',
  importHint:
    'A CSV or text file (export of your case management; semicolon, comma or tab; UTF-8 or Windows-1252). Choose the first-name and last-name columns; other columns are not read.',
  fileLabel: 'File',
  firstColumn: 'First-name column',
  lastColumn: 'Last-name column',
  noColumn: '– none –',
  column: 'Column {n}',
  columnNamed: 'Column {n}: {title}',
  headerRow: 'First row holds column titles',
  plainList: 'The file holds a list with one name per line.',
  importButton: 'Import',
  progress: 'Hashing names … {done} of {total}',
  resultAdded: '{added} names added.',
  resultAddedOne: '1 name added.',
  resultNone: 'No new names.',
  skipped: 'Skipped: {parts}.',
  skippedDuplicates: '{n} duplicate',
  skippedEmpty: '{n} empty',
  skippedInvalid: '{n} without a valid name',
  skippedOverLimit: '{n} over the maximum of {max}',
  encoding: 'File encoding: {encoding}.',
  saveFailed: 'The names could not be stored; nothing was changed. Your input is still there.',
  readFailed: 'The file could not be read.',
  delete: 'Delete list',
  deleteConfirm: 'Really delete all {count} names and the key',
  deleteCancel: 'Cancel',
  deleted: 'The list and its key were deleted.',
};

const tables: Record<Language, Record<CaseloadStringKey, string>> = { de: caseloadDe, en: caseloadEn };
export const caseloadT = translator<CaseloadStringKey>(tables);
