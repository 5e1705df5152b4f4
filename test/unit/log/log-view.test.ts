import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../src/log/record';
import {
  countToday,
  filterRecords,
  isoWeek,
  isReadableRecord,
  NO_FILTER,
  weeklyCounts,
} from '../../../src/ui/options/log-view';
import { logDe, logEn } from '../../../src/ui/options/log-strings';
import { DECISIONS, SEVERITIES, SITES, SURFACES } from '../../../src/log/record';

function rec(seq: number, time: Date, patch: Partial<LogRecord> = {}): LogRecord {
  return {
    v: 1,
    seq,
    id: `r${seq}`,
    time: time.toISOString(),
    decision: 'acknowledged',
    site: 'whatsapp',
    surface: 'chat',
    severity: 'warn',
    categories: {},
    kinds: {},
    policyVersion: 'p',
    extensionVersion: '1',
    prevHash: '',
    hash: '',
    ...patch,
  };
}

// Local times, so the tests hold in any time zone the CI runs in.
const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);

describe('isoWeek', () => {
  it.each([
    [local(2026, 1, 1), 2026, 1], // Thursday
    [local(2025, 12, 29), 2026, 1], // Monday of week 1 of 2026
    [local(2025, 12, 28), 2025, 52], // Sunday before
    [local(2021, 1, 3), 2020, 53], // Sunday in week 53 of 2020
    [local(2021, 1, 4), 2021, 1],
    [local(2026, 11, 29), 2026, 48],
  ])('%s is %i-W%i', (date, year, week) => {
    expect(isoWeek(date.getTime())).toEqual({ year, week });
  });
});

describe('filterRecords', () => {
  const records = [
    rec(1, local(2026, 3, 1, 0)),
    rec(2, local(2026, 3, 2, 23), { site: 'facebook', decision: 'edited' }),
    rec(3, local(2026, 3, 3, 8), { site: 'messenger' }),
  ];
  it.each([
    [NO_FILTER, [1, 2, 3]],
    [{ ...NO_FILTER, from: '2026-03-02' }, [2, 3]],
    [{ ...NO_FILTER, to: '2026-03-02' }, [1, 2]], // the whole "to" day is included (23:00)
    [{ ...NO_FILTER, from: '2026-03-02', to: '2026-03-02' }, [2]],
    [{ ...NO_FILTER, site: 'facebook' as const }, [2]],
    [{ ...NO_FILTER, decision: 'acknowledged' as const }, [1, 3]],
    [{ ...NO_FILTER, from: 'garbage' }, [1, 2, 3]],
  ])('%j → %j', (filter, seqs) => {
    expect(filterRecords(records, filter).map((r) => r.seq)).toEqual(seqs);
  });
});

describe('weeklyCounts', () => {
  it('counts per ISO week, zeros included, oldest first, ending with the given week', () => {
    const records = [
      rec(1, local(2026, 11, 23)), // W48 (Monday)
      rec(2, local(2026, 11, 29)), // W48 (Sunday)
      rec(3, local(2026, 11, 16)), // W47
      rec(4, local(2026, 1, 5)), // far outside the window
    ];
    const weeks = weeklyCounts(records, local(2026, 11, 29).getTime(), 4);
    expect(weeks).toEqual([
      { year: 2026, week: 45, count: 0 },
      { year: 2026, week: 46, count: 0 },
      { year: 2026, week: 47, count: 1 },
      { year: 2026, week: 48, count: 2 },
    ]);
  });
});

describe('countToday', () => {
  it('counts the local day only, optionally by decision', () => {
    const now = local(2026, 11, 29, 15).getTime();
    const records = [
      rec(1, local(2026, 11, 29, 0)),
      rec(2, local(2026, 11, 29, 14), { decision: 'edited' }),
      rec(3, local(2026, 11, 28, 23)),
      rec(4, local(2026, 11, 30, 0)),
    ];
    expect(countToday(records, now)).toBe(2);
    expect(countToday(records, now, 'acknowledged')).toBe(1);
  });
});

describe('log strings', () => {
  it('have the same keys in German and English, none empty', () => {
    expect(Object.keys(logEn).sort()).toEqual(Object.keys(logDe).sort());
    for (const table of [logDe, logEn]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('name every decision, site, surface and severity', () => {
    const keys = Object.keys(logDe);
    for (const d of DECISIONS) expect(keys).toContain(`decision.${d}`);
    for (const s of SITES) expect(keys).toContain(`site.${s}`);
    for (const s of SURFACES) expect(keys).toContain(`surface.${s}`);
    for (const s of SEVERITIES) expect(keys).toContain(`severity.${s}`);
  });
});

/** Issue 12, finding 11: entries read back from the profile may be anything. */
describe('damaged entries', () => {
  const good = rec(1, local(2026, 3, 1));
  it.each([
    ['a record', good, true],
    ['null', null, false],
    ['a string', 'kaputt', false],
    ['time that is no date', { ...good, time: 'gestern' }, false],
    ['seq that is text', { ...good, seq: 'eins' }, false],
    ['kinds missing', { ...good, kinds: undefined }, false],
    ['categories as a list', { ...good, categories: [] }, false],
  ])('%s → readable %s', (_name, entry, readable) => {
    expect(isReadableRecord(entry)).toBe(readable);
  });

  it('filters, counts and charts around them without throwing; filters keep them in view', () => {
    const list = [good, null, 'kaputt', { ...good, seq: 2, time: 'gestern' }] as unknown as LogRecord[];
    expect(filterRecords(list, { ...NO_FILTER, site: 'facebook' })).toHaveLength(3);
    expect(countToday(list, local(2026, 3, 1, 15).getTime())).toBe(1);
    expect(weeklyCounts(list, local(2026, 3, 1).getTime(), 1)[0]!.count).toBe(1);
  });
});
