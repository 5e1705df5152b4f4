/**
 * Log exports. Pure: returns strings; the options page turns them into downloads.
 *
 * JSON Lines keeps every field exactly, so a data-protection officer (or a script) can re-verify
 * the chain from the file. CSV is for German Excel: UTF-8 with BOM (without it Excel reads the
 * file as Windows-1252 and mangles umlauts), `;` as separator (Excel with German regional
 * settings expects it, because `,` is the decimal separator), CRLF line ends.
 */
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
  'decision',
  'site',
  'surface',
  'severity',
  'categories',
  'kinds',
  'consentConfirmed',
  'reason',
  'policyVersion',
  'extensionVersion',
  'userLabel',
  'prevHash',
  'hash',
] as const;

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
  if (/[";,\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** `{health: 2, name: 1}` as `health=2 name=1`: readable, sortable, no separator inside. */
function counts(map: Record<string, number | undefined>): string {
  return Object.keys(map)
    .sort()
    .map((key) => `${key}=${map[key]}`)
    .join(' ');
}

export function toCsv(records: readonly LogRecord[]): string {
  const lines = [CSV_COLUMNS.join(';')];
  for (const record of records) {
    const row: unknown[] = CSV_COLUMNS.map((column) => {
      if (column === 'categories') return counts(record.categories);
      if (column === 'kinds') return counts(record.kinds);
      return record[column];
    });
    lines.push(row.map(csvCell).join(';'));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
