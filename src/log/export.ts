/**
 * Log exports. Pure: returns strings; the options page turns them into downloads.
 *
 * JSON Lines keeps every field exactly, with its machine codes, so a data-protection officer
 * (or a script) can re-verify the chain from the file. CSV is for people in German Excel:
 * UTF-8 with BOM (without it Excel reads the file as Windows-1252 and mangles umlauts), `;` as
 * separator (Excel with German regional settings expects it, because `,` is the decimal
 * separator), CRLF line ends, headers and values in the user's language, local `Datum` and
 * `Uhrzeit` columns next to the ISO time, and hash cells kept as text.
 */
import type { Language } from '../i18n/languages';
import { categoryLabel, countsLabel, kindLabel, logT } from '../ui/options/log-strings';
import type { LogRecord } from './record';

export const CSV_BOM = '\uFEFF';

/** One record per line, oldest first (chain order), each line a JSON object. */
export function toJsonLines(records: readonly LogRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + (records.length ? '\n' : '');
}

export const CSV_COLUMNS = [
  'seq',
  'id',
  'time',
  'date',
  'clock',
  'decision',
  'site',
  'surface',
  'severity',
  'categories',
  'kinds',
  'consentConfirmed',
  'reason',
  'policyKeys',
  'policyErrors',
  'policyVersion',
  'extensionVersion',
  'userLabel',
  // adapter-degraded records: which anchor the site adapter missed (appended, so older readers
  // of the columns before it are unaffected)
  'missing',
  'prevHash',
  'hash',
] as const;

export interface CsvOptions {
  language?: Language;
  /** IANA time zone for the Datum/Uhrzeit columns; default: the browser's. */
  timeZone?: string;
}

/**
 * One CSV cell. Strings that a spreadsheet would run as a formula (leading = + - @, tab, CR;
 * OWASP "CSV injection") get a leading apostrophe, which Excel shows as text. Kind names and
 * the user label are admin-controlled, so this is defence in depth, not theory. Cells with a
 * quote, `;`, `,` or a line break are quoted with doubled inner quotes (RFC 4180).
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return quoted(text);
}

function quoted(text: string): string {
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A hash as a text cell: `="00…0"`. Excel and Google Sheets read a bare hash as a number (the
 * genesis hash of 64 zeros became 0; a hash like `12e4…` becomes scientific notation); a
 * leading apostrophe stays visible in other programs and in the copied value, and a leading
 * tab ends up inside the value. A formula that yields the string shows exactly the hash, and
 * copying the cell gives the hash. Only ever applied to our own hex hashes, never to
 * admin-controlled text, so it opens no formula injection.
 */
export function csvTextCell(hex: string): string {
  if (!/^[0-9a-f]*$/i.test(hex)) return csvCell(hex);
  return quoted(`="${hex}"`);
}

function localParts(iso: string, language: Language, timeZone: string | undefined): { date: string; clock: string } {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return { date: '', clock: '' };
  const zone = timeZone ? { timeZone } : {};
  const date = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...zone,
  }).format(time);
  const clock = new Intl.DateTimeFormat('de-DE', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    ...zone,
  }).format(time);
  return { date, clock };
}

/** A count map as stored; a damaged entry may hold anything there. */
function isMap(value: unknown): value is Record<string, number | undefined> {
  return typeof value === 'object' && value !== null;
}

export function toCsv(records: readonly LogRecord[], options: CsvOptions = {}): string {
  const lang = options.language ?? 'de';
  const lines = [CSV_COLUMNS.map((column) => csvCell(logT(lang, `csv.${column}`))).join(';')];
  for (const stored of records) {
    // A damaged entry (read back from the profile) becomes a row of what it has, not an error.
    const record: Partial<LogRecord> = typeof stored === 'object' && stored !== null ? stored : {};
    const { date, clock } = localParts(String(record.time ?? ''), lang, options.timeZone);
    const row: string[] = CSV_COLUMNS.map((column) => {
      switch (column) {
        case 'date':
          return csvCell(date);
        case 'clock':
          return csvCell(clock);
        case 'decision':
          return record.decision ? csvCell(logT(lang, `decision.${record.decision}`)) : '';
        case 'site':
          return record.site ? csvCell(logT(lang, `site.${record.site}`)) : '';
        case 'surface':
          return record.surface ? csvCell(logT(lang, `surface.${record.surface}`)) : '';
        case 'severity':
          return record.severity ? csvCell(logT(lang, `severity.${record.severity}`)) : '';
        case 'categories':
          return isMap(record.categories)
            ? csvCell(countsLabel(lang, record.categories, (key) => categoryLabel(lang, key as never)))
            : '';
        case 'kinds':
          return isMap(record.kinds) ? csvCell(countsLabel(lang, record.kinds, (key) => kindLabel(lang, key))) : '';
        case 'consentConfirmed':
          return record.consentConfirmed ? csvCell(logT(lang, 'yes')) : '';
        case 'reason':
          return record.reason ? csvCell(logT(lang, `reason.${record.reason}`)) : '';
        case 'policyKeys':
        case 'policyErrors':
          return csvCell(record[column]?.join(' '));
        case 'prevHash':
        case 'hash':
          return typeof record[column] === 'string' ? csvTextCell(record[column]) : csvCell(record[column]);
        default: {
          const value = record[column];
          return csvCell(value !== null && typeof value === 'object' ? JSON.stringify(value) : value);
        }
      }
    });
    lines.push(row.join(';'));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
