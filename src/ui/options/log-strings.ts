/**
 * Strings of the log section (options page) and the popup, German first. The English table
 * must have exactly the same keys (the Record type enforces it). Placeholders are {name}.
 */
import { translator } from '../../i18n/translate';
import type { Language } from '../../i18n/languages';
import type { Category } from '../../detect/types';
import { findingLabel, gt } from '../guard-strings';

export const logDe = {
  sectionTitle: 'Protokoll der Bestätigungen',
  intro:
    'Jede Entscheidung vor dem Senden wird hier protokolliert – ohne Nachrichtentext, ohne Empfänger, nur Art und Anzahl der Hinweise.',
  loadFailed: 'Das Protokoll konnte nicht gelesen werden.',
  filterFrom: 'Von',
  filterTo: 'Bis',
  filterSite: 'Seite',
  filterDecision: 'Entscheidung',
  filterAll: 'Alle',
  filterReset: 'Filter zurücksetzen',
  shownCount: '{shown} von {total} Einträgen',
  empty: 'Keine Einträge für diese Auswahl.',
  truncated: 'Die neuesten {count} Einträge werden angezeigt; der Export enthält alle gefilterten.',
  colSeq: 'Nr.',
  colTime: 'Zeit',
  colSite: 'Seite',
  colSurface: 'Bereich',
  colDecision: 'Entscheidung',
  colSeverity: 'Stufe',
  colFindings: 'Hinweise (Anzahl)',
  colConsent: 'Einwilligung',
  'csv.seq': 'Nr.',
  'csv.id': 'ID',
  'csv.time': 'Zeit (UTC)',
  'csv.date': 'Datum',
  'csv.clock': 'Uhrzeit',
  'csv.decision': 'Entscheidung',
  'csv.site': 'Seite',
  'csv.surface': 'Bereich',
  'csv.severity': 'Stufe',
  'csv.categories': 'Kategorien',
  'csv.kinds': 'Arten',
  'csv.consentConfirmed': 'Einwilligung bestätigt',
  'csv.reason': 'Begründung',
  'csv.policyKeys': 'Richtlinienschlüssel',
  'csv.policyErrors': 'Richtlinienfehler',
  'csv.missing': 'Fehlender Seitenanker',
  'csv.policyVersion': 'Richtlinienversion',
  'csv.extensionVersion': 'Erweiterungsversion',
  'csv.userLabel': 'Kennzeichen',
  'csv.prevHash': 'Hash davor',
  'csv.hash': 'Hash',
  kindOther: 'Sonstiges',
  yes: 'ja',
  chartTitle: 'Einträge pro Woche',
  chartWeek: 'KW {week}',
  chartBar: 'KW {week}/{year}: {count} Einträge',
  verify: 'Kette prüfen',
  verifying: 'Wird geprüft …',
  verifyOk: 'Kette in Ordnung: {count} Einträge geprüft, keiner verändert, entfernt oder vertauscht.',
  verifyOkAnchor:
    'Die Kette beginnt nach Eintrag Nr. {seq}; ältere Einträge wurden nach Ablauf der Aufbewahrungsfrist gelöscht.',
  verifyBroken: 'Kette beschädigt bei Eintrag Nr. {seq}: {reason}',
  'problem.hash-mismatch': 'Der Eintrag wurde nachträglich verändert.',
  'problem.broken-link': 'Davor fehlt ein Eintrag, oder die Reihenfolge wurde geändert.',
  'problem.seq-gap': 'Die Nummerierung hat eine Lücke.',
  'problem.head-mismatch': 'Die neuesten Einträge fehlen.',
  'problem.malformed': 'Der Eintrag ist unlesbar.',
  exportJsonl: 'Export als JSON Lines',
  exportCsv: 'Export als CSV (Excel)',
  exportHint: 'Exportiert werden die gefilterten Einträge, älteste zuerst, mit Prüfsummen.',
  forwardTitle: 'Weiterleitung an die Sammelstelle',
  forwardNone: 'Ihre Organisation hat keine Sammelstelle festgelegt; das Protokoll bleibt in diesem Browser.',
  forwardTarget: 'Sammelstelle: {origin}',
  forwardPending: '{count} Einträge warten auf Übermittlung.',
  forwardAllSent: 'Alle Einträge sind übermittelt.',
  forwardError: 'Letzter Übermittlungsfehler: {error}. Es wird automatisch erneut versucht.',
  permissionRequest: 'Zugriff auf {origin} erlauben',
  permissionGranted: 'Zugriff auf {origin} ist erlaubt.',
  permissionMissing:
    'Ohne diesen Zugriff gelingt die Übermittlung nur, wenn die Sammelstelle Anfragen von Erweiterungen (CORS) zulässt.',
  'decision.acknowledged': 'Bestätigt und gesendet',
  'decision.edited': 'Zum Bearbeiten zurück',
  'decision.blocked': 'Blockiert',
  'decision.monitored': 'Nur beobachtet',
  'decision.false-alarm': 'Fehlalarm gemeldet',
  'decision.guidelines-acknowledged': 'Richtlinien bestätigt',
  'decision.check-failed': 'Prüfung fehlgeschlagen',
  'decision.adapter-degraded': 'Schutz eingeschränkt (Seite verändert)',
  'decision.policy-invalid': 'Richtlinie fehlerhaft',
  'decision.settings-changed': 'Einstellung geändert',
  'decision.moved': 'In den freigegebenen Kanal gewechselt',
  'reason.consent': 'Schriftliche Einwilligung liegt vor',
  'reason.false-alarm': 'Fehlalarm',
  'reason.necessary': 'Dienstlich notwendig',
  colReason: 'Begründung',
  'site.whatsapp': 'WhatsApp Web',
  'site.facebook': 'Facebook',
  'site.messenger': 'Messenger',
  'surface.chat': 'Chat',
  'surface.caption': 'Bildunterschrift',
  'surface.post': 'Beitrag',
  'surface.comment': 'Kommentar',
  'severity.none': 'keine',
  'severity.notice': 'Hinweis',
  'severity.warn': 'Warnung',
  'severity.high': 'hoch',
  popupActive: 'Vertraulich schützt diese Seite ({site}).',
  popupPaused: 'Vertraulich ist auf {site} ausgeschaltet.',
  popupLimited:
    'Schutz eingeschränkt: {site} hat seinen Aufbau geändert. Vertraulich prüft Eingabefelder weiter, erkennt aber nicht jede Senden-Schaltfläche. Die IT ist informiert.',
  popupNotGuarded: 'Auf dieser Seite prüft Vertraulich nichts. Geschützt werden WhatsApp Web, Facebook und Messenger.',
  popupToday: 'Heute bestätigt: {count}',
  popupTodayAll: 'Einträge heute insgesamt: {count}',
  popupOpenLog: 'Protokoll öffnen',
  popupGuidelines: 'Leitlinien öffnen',
} as const;

export type LogStringKey = keyof typeof logDe;

export const logEn: Record<LogStringKey, string> = {
  sectionTitle: 'Acknowledgement log',
  intro:
    'Every decision before sending is logged here – without message text or recipients, only the kind and number of findings.',
  loadFailed: 'The log could not be read.',
  filterFrom: 'From',
  filterTo: 'To',
  filterSite: 'Site',
  filterDecision: 'Decision',
  filterAll: 'All',
  filterReset: 'Reset filters',
  shownCount: '{shown} of {total} records',
  empty: 'No records for this selection.',
  truncated: 'Showing the newest {count} records; the export contains all filtered ones.',
  colSeq: 'No.',
  colTime: 'Time',
  colSite: 'Site',
  colSurface: 'Surface',
  colDecision: 'Decision',
  colSeverity: 'Severity',
  colFindings: 'Findings (count)',
  colConsent: 'Consent',
  'csv.seq': 'No.',
  'csv.id': 'ID',
  'csv.time': 'Time (UTC)',
  'csv.date': 'Date',
  'csv.clock': 'Time',
  'csv.decision': 'Decision',
  'csv.site': 'Site',
  'csv.surface': 'Surface',
  'csv.severity': 'Severity',
  'csv.categories': 'Categories',
  'csv.kinds': 'Kinds',
  'csv.consentConfirmed': 'Consent confirmed',
  'csv.reason': 'Reason',
  'csv.policyKeys': 'Policy keys',
  'csv.policyErrors': 'Policy errors',
  'csv.missing': 'Missing site anchor',
  'csv.policyVersion': 'Policy version',
  'csv.extensionVersion': 'Extension version',
  'csv.userLabel': 'Label',
  'csv.prevHash': 'Previous hash',
  'csv.hash': 'Hash',
  kindOther: 'Other',
  yes: 'yes',
  chartTitle: 'Records per week',
  chartWeek: 'W{week}',
  chartBar: 'Week {week}/{year}: {count} records',
  verify: 'Verify chain',
  verifying: 'Verifying …',
  verifyOk: 'Chain intact: {count} records verified, none changed, removed or reordered.',
  verifyOkAnchor: 'The chain starts after record no. {seq}; older records were deleted after the retention period.',
  verifyBroken: 'Chain broken at record no. {seq}: {reason}',
  'problem.hash-mismatch': 'The record was changed afterwards.',
  'problem.broken-link': 'A record before it is missing, or the order was changed.',
  'problem.seq-gap': 'The numbering has a gap.',
  'problem.head-mismatch': 'The newest records are missing.',
  'problem.malformed': 'The record is unreadable.',
  exportJsonl: 'Export as JSON Lines',
  exportCsv: 'Export as CSV (Excel)',
  exportHint: 'The filtered records are exported, oldest first, with their checksums.',
  forwardTitle: 'Forwarding to the collector',
  forwardNone: 'Your organisation has not set a collector; the log stays in this browser.',
  forwardTarget: 'Collector: {origin}',
  forwardPending: '{count} records waiting to be sent.',
  forwardAllSent: 'All records have been sent.',
  forwardError: 'Last sending error: {error}. It will be retried automatically.',
  permissionRequest: 'Allow access to {origin}',
  permissionGranted: 'Access to {origin} is allowed.',
  permissionMissing:
    'Without this access, sending only works if the collector accepts requests from extensions (CORS).',
  'decision.acknowledged': 'Acknowledged and sent',
  'decision.edited': 'Back to editing',
  'decision.blocked': 'Blocked',
  'decision.monitored': 'Monitored only',
  'decision.false-alarm': 'False alarm reported',
  'decision.guidelines-acknowledged': 'Guidelines acknowledged',
  'decision.check-failed': 'Check failed',
  'decision.adapter-degraded': 'Protection limited (site changed)',
  'decision.policy-invalid': 'Policy has problems',
  'decision.settings-changed': 'Setting changed',
  'decision.moved': 'Moved to the approved channel',
  'reason.consent': 'Written consent given',
  'reason.false-alarm': 'False alarm',
  'reason.necessary': 'Necessary for work',
  colReason: 'Reason',
  'site.whatsapp': 'WhatsApp Web',
  'site.facebook': 'Facebook',
  'site.messenger': 'Messenger',
  'surface.chat': 'Chat',
  'surface.caption': 'Caption',
  'surface.post': 'Post',
  'surface.comment': 'Comment',
  'severity.none': 'none',
  'severity.notice': 'notice',
  'severity.warn': 'warning',
  'severity.high': 'high',
  popupActive: 'Vertraulich protects this page ({site}).',
  popupPaused: 'Vertraulich is switched off on {site}.',
  popupLimited:
    'Protection limited: {site} has changed its layout. Vertraulich still checks what you type but may not recognise every send button. IT has been told.',
  popupNotGuarded: 'Vertraulich checks nothing on this page. It protects WhatsApp Web, Facebook and Messenger.',
  popupToday: 'Acknowledged today: {count}',
  popupTodayAll: 'All records today: {count}',
  popupOpenLog: 'Open log',
  popupGuidelines: 'Open the guidelines',
};

const tables: Record<Language, Record<LogStringKey, string>> = { de: logDe, en: logEn };

export const logT = translator<LogStringKey>(tables);

/** Kinds a built-in recognizer emits under another kind's label. */
const KIND_CATEGORY: Record<string, Category> = {
  'person-reference': 'name',
  'second-person': 'name',
  'custom-term': 'custom',
};

/** A logged kind for people: „Geburtsdatum“, „Name“, the administrator's pattern name as it is. */
export function kindLabel(language: Language, kind: string): string {
  if (kind === 'other') return logT(language, 'kindOther');
  return findingLabel(language, KIND_CATEGORY[kind] ?? 'custom', kind);
}

export function categoryLabel(language: Language, category: Category): string {
  return gt(language, `category.${category}`);
}

/**
 * `{'health-term': 2, person: 1}` as „Gesundheitsangabe: 2, Name: 1“: labelled, merged where
 * two kinds share a label, sorted by label.
 */
export function countsLabel(
  language: Language,
  map: Record<string, number | undefined>,
  label: (key: string) => string,
): string {
  const merged = new Map<string, number>();
  for (const [key, count] of Object.entries(map)) merged.set(label(key), (merged.get(label(key)) ?? 0) + (count ?? 0));
  return [...merged]
    .sort(([a], [b]) => a.localeCompare(b, language))
    .map(([name, count]) => `${name}: ${count}`)
    .join(', ');
}
