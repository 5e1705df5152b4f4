import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  detectDelimiter,
  looksLikeHeader,
  namesFromLines,
  namesFromRows,
  parseRows,
} from '../../../src/caseload/import';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 of Latin-1 text: one byte per character. */
const cp1252 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decoding an export', () => {
  it.each([
    ['UTF-8', utf8('Vorname;Nachname\nJürgen;Groß'), 'utf-8', 'Jürgen;Groß'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Jürgen;Groß')]), 'utf-8-bom', 'Jürgen;Groß'],
    ['Windows-1252 (Excel CSV)', cp1252('Jürgen;Groß'), 'windows-1252', 'Jürgen;Groß'],
    // 0x80 is the euro sign in Windows-1252, where Latin-1 has a control character.
    ['Windows-1252 with €', new Uint8Array([0x80, 0x20, ...cp1252('Müller')]), 'windows-1252', '€ Müller'],
    [
      'UTF-16 LE with BOM (Excel "Unicode text")',
      new Uint8Array([0xff, 0xfe, ...[...'Şahin'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
      'utf-16le',
      'Şahin',
    ],
  ])('%s', (_, bytes, encoding, contains) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(contains);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('reading a table', () => {
  it.each([
    ['Vorname;Nachname;Geburtsdatum\nOmid;Rahimi;1.1.2000', ';'],
    ['first,last\nKai,Yaw', ','],
    ['Vorname\tNachname\nKai\tYaw', '\t'],
    ['"Rahimi; Omid",Kai,X', ','], // the semicolon is inside quotes
    ['Omid Rahimi\nKai', null], // a plain list
  ])('%j has delimiter %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('parses quotes, doubled quotes, line breaks in quotes, CRLF and a missing last newline', () => {
    expect(parseRows('a;"b;""c"""\r\n"d\ne";f\n;\nx', ';')).toEqual([['a', 'b;"c"'], ['d\ne', 'f'], ['', ''], ['x']]);
  });

  it.each([
    [['Vorname', 'Nachname'], true],
    [['Nr.', 'Familienname', 'Rufname'], true],
    [['first_name', 'last_name'], true],
    // Near-misses: a client's row, not column titles.
    [['Omid', 'Rahimi'], false],
    [['Namen', 'Rahimi'], false],
  ])('%j looks like a header: %s', (row, expected) => {
    expect(looksLikeHeader(row)).toBe(expected);
  });

  it('takes the chosen columns, skips the header, counts empty and invalid rows', () => {
    const rows = parseRows('Nr;Nachname;Vorname\n1;Rahimi;Omid\n2;;\n3;Yaw;\n4;---;42\n', ';');
    expect(namesFromRows(rows, { first: 2, last: 1, header: true })).toEqual({
      names: [
        { first: 'Omid', last: 'Rahimi' },
        { first: '', last: 'Yaw' },
      ],
      empty: 1, // row 2; the final line break ends row 4 and starts no row
      invalid: 1,
    });
  });
});

describe('one name per line', () => {
  it('splits first and last name, takes "Last, First", counts empty and invalid lines', () => {
    expect(namesFromLines('Omid Rahimi\n\n  \nRahimi, Omid\nKai\nAnna Lena Schmidt\n1234\n')).toEqual({
      names: [
        { first: 'Omid', last: 'Rahimi' },
        { first: 'Omid', last: 'Rahimi' },
        { first: '', last: 'Kai' },
        { first: 'Anna Lena', last: 'Schmidt' },
      ],
      empty: 2, // the blank line and the spaces-only line; the final line break is no line
      invalid: 1,
    });
  });
});
