import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv, toJsonLines } from '../../../src/log/export';
import type { LogRecord } from '../../../src/log/record';

const record: LogRecord = {
  v: 1,
  seq: 7,
  id: 'abc-123',
  time: '2026-11-29T08:00:00.000Z',
  decision: 'acknowledged',
  site: 'facebook',
  surface: 'post',
  severity: 'high',
  categories: { name: 1, health: 2 },
  kinds: { person: 1, 'health-term': 2 },
  consentConfirmed: true,
  policyVersion: 'v3',
  extensionVersion: '0.1.0',
  userLabel: 'Team Süd',
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Team Süd', 'Team Süd'],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    // near-misses: formula characters not at the start stay as they are
    ['a=b', 'a=b'],
    ['x-1', 'x-1'],
    ['mail@example.org', 'mail@example.org'],
    [7, '7'],
    [-3, '-3'],
    [true, 'true'],
    [undefined, ''],
    [null, ''],
  ] as const)('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv([record]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'seq;id;time;decision;site;surface;severity;categories;kinds;consentConfirmed;policyKeys;policyErrors;policyVersion;extensionVersion;userLabel;missing;prevHash;hash',
    );
    expect(lines[1]).toBe(
      `7;abc-123;2026-11-29T08:00:00.000Z;acknowledged;facebook;post;high;health=2 name=1;health-term=2 person=1;true;;;v3;0.1.0;Team Süd;;${'a'.repeat(64)};${'b'.repeat(64)}`,
    );
    expect(lines[2]).toBe('');
  });

  it('neutralises a formula in an admin-controlled field and keeps the column count', () => {
    const csv = toCsv([{ ...record, userLabel: '=cmd|"/c calc"!A1;x', kinds: { '-danger': 1 } }]);
    const row = csv.slice(1).split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1;x"`);
    expect(row).toContain(";'-danger=1;");
  });

  it('writes policy records: no site or surface, key names and codes space-separated', () => {
    const policyRecord: LogRecord = {
      ...record,
      decision: 'policy-invalid',
      site: undefined,
      surface: undefined,
      severity: 'none',
      categories: {},
      kinds: {},
      consentConfirmed: undefined,
      policyKeys: ['blockAt', 'monitorOnly'],
      policyErrors: ['blockAt:unknown-value', 'monitorOnly:wrong-type'],
    };
    const row = toCsv([policyRecord]).slice(1).split('\r\n')[1]!;
    expect(row).toContain(
      ';policy-invalid;;;none;;;;blockAt monitorOnly;blockAt:unknown-value monitorOnly:wrong-type;v3;',
    );
  });

  it('writes only the header for an empty log', () => {
    expect(toCsv([]).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('toJsonLines', () => {
  it('writes one parseable record per line', () => {
    const text = toJsonLines([record, { ...record, seq: 8, id: 'def-456' }]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(record);
    expect(JSON.parse(lines[1]!).seq).toBe(8);
  });

  it('is empty for no records', () => {
    expect(toJsonLines([])).toBe('');
  });
});
