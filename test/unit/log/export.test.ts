import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvTextCell, toCsv, toJsonLines } from '../../../src/log/export';
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
  const berlin = { timeZone: 'Europe/Berlin' } as const;
  const hashCell = (hex: string) => `"=""${hex}"""`;

  it('German: BOM, semicolons, CRLF, labels for people, local Datum and Uhrzeit next to the ISO time', () => {
    const csv = toCsv([{ ...record, reason: 'consent' }], berlin);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Nr.;ID;Zeit (UTC);Datum;Uhrzeit;Entscheidung;Seite;Bereich;Stufe;Kategorien;Arten;Einwilligung bestätigt;Begründung;Richtlinienschlüssel;Richtlinienfehler;Richtlinienversion;Erweiterungsversion;Kennzeichen;Fehlender Seitenanker;Hash davor;Hash',
    );
    expect(lines[1]).toBe(
      [
        '7',
        'abc-123',
        '2026-11-29T08:00:00.000Z',
        '29.11.2026', // 08:00 UTC is 09:00 in Berlin (winter time)
        '09:00:00',
        'Bestätigt und gesendet',
        'Facebook',
        'Beitrag',
        'hoch',
        '"Gesundheitsangabe: 2, Name: 1"',
        '"Gesundheitsangabe: 2, Name: 1"',
        'ja',
        'Schriftliche Einwilligung liegt vor',
        '',
        '',
        'v3',
        '0.1.0',
        'Team Süd',
        '',
        hashCell('a'.repeat(64)),
        hashCell('b'.repeat(64)),
      ].join(';'),
    );
    expect(lines[2]).toBe('');
  });

  it('local date across midnight and summer time', () => {
    const row = toCsv([{ ...record, time: '2026-06-30T22:30:00.000Z' }], berlin)
      .slice(1)
      .split('\r\n')[1]!;
    expect(row.split(';').slice(2, 5)).toEqual(['2026-06-30T22:30:00.000Z', '01.07.2026', '00:30:00']);
  });

  it('English', () => {
    const csv = toCsv([{ ...record, reason: 'false-alarm' }], { language: 'en', ...berlin });
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toMatch(/^No\.;ID;Time \(UTC\);Date;Time;Decision;/);
    expect(row).toContain(';29/11/2026;09:00:00;Acknowledged and sent;Facebook;Post;high;');
    expect(row).toContain(';False alarm;');
  });

  it('keeps hashes as text: the all-zero genesis hash and an exponent-like hash', () => {
    const zero = '0'.repeat(64);
    const exp = `12e4${'0'.repeat(60)}`;
    const row = toCsv([{ ...record, prevHash: zero, hash: exp }], berlin)
      .slice(1)
      .split('\r\n')[1]!;
    expect(row.endsWith(`;${hashCell(zero)};${hashCell(exp)}`)).toBe(true);
  });

  it.each([
    // a hex hash becomes a text formula; anything else is an ordinary (neutralised) cell
    ['ab12', '"=""ab12"""'],
    ['=1+1', "'=1+1"],
    ['not-hex', 'not-hex'],
  ])('csvTextCell(%j) → %j', (input, expected) => {
    expect(csvTextCell(input)).toBe(expected);
  });

  it('neutralises a formula in an admin-controlled field and keeps the column count', () => {
    const csv = toCsv([{ ...record, userLabel: '=cmd|"/c calc"!A1;x', kinds: { '-danger': 1 } }], berlin);
    const row = csv.slice(1).split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd|""/c calc""!A1;x"`);
    // An unknown kind is shown as it is (an admin's pattern name), neutralised.
    expect(row).toContain(";'-danger: 1;");
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
      // decision and severity as labels; no site, surface, counts, consent or reason; keys and codes as they are
      ';Richtlinie fehlerhaft;;;keine;;;;;blockAt monitorOnly;blockAt:unknown-value monitorOnly:wrong-type;v3;',
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
