/**
 * Reading what a worker pastes or imports: one name per line, or a CSV/text export of the
 * case-management software with the first- and last-name columns chosen by the worker.
 * Exports arrive in every encoding Windows offices produce, so bytes are decoded here: a BOM
 * decides (UTF-8, UTF-16), otherwise strict UTF-8, and when that fails Windows-1252 (what
 * Excel writes as "CSV (Trennzeichen-getrennt)"). Pure: TextDecoder is a web standard that
 * Node has too.
 */
import { nameWords } from './fold';
import type { ClientName } from './tags';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Windows-1252 by hand: Latin-1 except 0x80–0x9F (€, ‚, „, …, Š, Œ, Ž, š, œ, ž, Ÿ). Node's
 * TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters
 * (nodejs/node#56542); browsers do it right. One table, the same result everywhere.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

export type Delimiter = ';' | ',' | '\t' | null;

/** The delimiter of the first non-empty line (the one it has most of, outside quotes), or none. */
export function detectDelimiter(text: string): Delimiter {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  let best: Delimiter = null;
  let bestCount = 0;
  for (const candidate of [';', '\t', ','] as const) {
    let count = 0;
    let quoted = false;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (c === candidate && !quoted) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Rows of a delimited text (RFC 4180 quotes: "" inside quotes, delimiters and line breaks in quotes). */
export function parseRows(text: string, delimiter: Delimiter): string[][] {
  if (delimiter === null) return text.split(/\r\n|\n|\r/).map((line) => [line]);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Header cells that name a column of names: the first row is then a header, not a client. */
const HEADER_WORD =
  /^(?:vor-?\s*name|nach-?\s*name|familien-?\s*name|rufname|name|first[\s_-]*name|last[\s_-]*name|given[\s_-]*name|surname|family[\s_-]*name|klient\w*|client\w*)$/i;

export function looksLikeHeader(row: readonly string[]): boolean {
  return row.some((cell) => HEADER_WORD.test(cell.trim()));
}

export interface ParsedNames {
  names: ClientName[];
  /** Lines or rows with nothing in the chosen columns. */
  empty: number;
  /** Lines with no letters at all (numbers, dashes). */
  invalid: number;
}

/**
 * One name per line: "Omid Rahimi" (the last word is the last name), "Rahimi, Omid" (a comma:
 * last name first), or a single word.
 */
export function namesFromLines(text: string): ParsedNames {
  const out: ParsedNames = { names: [], empty: 0, invalid: 0 };
  // The line break that ends the last line starts no empty line of its own.
  for (const raw of text.replace(/(?:\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line === '') {
      out.empty++;
      continue;
    }
    const comma = line.indexOf(',');
    let name: ClientName;
    if (comma > 0) name = { first: line.slice(comma + 1).trim(), last: line.slice(0, comma).trim() };
    else {
      const cut = line.search(/\s\S+$/);
      name = cut > 0 ? { first: line.slice(0, cut).trim(), last: line.slice(cut).trim() } : { first: '', last: line };
    }
    if (nameWords(`${name.first} ${name.last}`).length === 0) out.invalid++;
    else out.names.push(name);
  }
  return out;
}

export interface ColumnChoice {
  /** Column index of the first name, or null for none. */
  first: number | null;
  last: number | null;
  /** Skip the first row (column titles). */
  header: boolean;
}

export function namesFromRows(rows: readonly (readonly string[])[], choice: ColumnChoice): ParsedNames {
  const out: ParsedNames = { names: [], empty: 0, invalid: 0 };
  rows.forEach((row, index) => {
    if (index === 0 && choice.header) return;
    const first = choice.first === null ? '' : (row[choice.first] ?? '').trim();
    const last = choice.last === null ? '' : (row[choice.last] ?? '').trim();
    if (first === '' && last === '') out.empty++;
    else if (nameWords(`${first} ${last}`).length === 0) out.invalid++;
    else out.names.push({ first, last });
  });
  return out;
}
