/**
 * Pure helpers of the log views: filtering, ISO weeks, counts. Dates are the user's local
 * calendar (what "today" and "this week" mean to the person looking), while records store UTC.
 */
import type { Decision } from '../../messaging/protocol';
import type { LogDecision, LogRecord } from '../../log/record';
import type { SiteId } from '../../sites/types';

export interface LogFilter {
  /** 'YYYY-MM-DD' from an <input type=date>, local day, inclusive; '' = open. */
  from: string;
  to: string;
  site: SiteId | '';
  decision: LogDecision | '';
}

export const NO_FILTER: LogFilter = { from: '', to: '', site: '', decision: '' };

/** Local midnight of a 'YYYY-MM-DD' day, or NaN. */
export function localDayStart(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return Number.NaN;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/**
 * Whether an entry read from storage can be shown as a record. The log is read back from the
 * profile, where a damaged or hand-edited entry may be anything; such an entry is shown as
 * "chain broken at N" (log-section.ts), never allowed to break the whole view.
 */
export function isReadableRecord(value: unknown): value is LogRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof LogRecord, unknown>>;
  const isCounts = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return (
    typeof r.seq === 'number' &&
    Number.isInteger(r.seq) &&
    typeof r.time === 'string' &&
    !Number.isNaN(Date.parse(r.time)) &&
    typeof r.id === 'string' &&
    typeof r.decision === 'string' &&
    typeof r.site === 'string' &&
    typeof r.surface === 'string' &&
    typeof r.severity === 'string' &&
    isCounts(r.kinds) &&
    isCounts(r.categories)
  );
}

/** Time of an entry, NaN for an unreadable one. */
function timeOf(record: unknown): number {
  const time = (record as { time?: unknown } | null)?.time;
  return typeof time === 'string' ? Date.parse(time) : Number.NaN;
}

/** Field of an entry that may be damaged (null, a string, an object without the field). */
function field(record: unknown, name: 'site' | 'decision'): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
}

export function filterRecords(records: readonly LogRecord[], filter: LogFilter): LogRecord[] {
  const from = localDayStart(filter.from);
  const toStart = localDayStart(filter.to);
  // End of the "to" day: the next local midnight (DST-safe via the Date constructor).
  const to = Number.isNaN(toStart)
    ? Number.NaN
    : new Date(
        new Date(toStart).getFullYear(),
        new Date(toStart).getMonth(),
        new Date(toStart).getDate() + 1,
      ).getTime();
  return records.filter((record) => {
    // Damaged entries always stay in view: where the chain breaks is what the reader must see.
    if (!isReadableRecord(record)) return true;
    const time = timeOf(record);
    if (!Number.isNaN(from) && time < from) return false;
    if (!Number.isNaN(to) && time >= to) return false;
    if (filter.site && field(record, 'site') !== filter.site) return false;
    if (filter.decision && field(record, 'decision') !== filter.decision) return false;
    return true;
  });
}

/** ISO 8601 week of a local date: weeks start on Monday, week 1 contains the first Thursday. */
export function isoWeek(time: number): { year: number; week: number } {
  const date = new Date(time);
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const weekday = (day.getDay() + 6) % 7; // Monday = 0
  day.setDate(day.getDate() - weekday + 3); // Thursday of this week decides the year
  const year = day.getFullYear();
  const firstThursday = new Date(year, 0, 4);
  firstThursday.setDate(firstThursday.getDate() - ((firstThursday.getDay() + 6) % 7) + 3);
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return { year, week };
}

export interface WeekCount {
  year: number;
  week: number;
  count: number;
}

/** Counts for the `weeks` ISO weeks ending with the week of `end`, oldest first, zeros included. */
export function weeklyCounts(records: readonly LogRecord[], end: number, weeks = 12): WeekCount[] {
  const slots: WeekCount[] = [];
  const index = new Map<string, WeekCount>();
  const endDate = new Date(end);
  for (let i = weeks - 1; i >= 0; i -= 1) {
    const { year, week } = isoWeek(
      new Date(endDate.getFullYear(), endDate.getMonth(), endDate.getDate() - 7 * i).getTime(),
    );
    const slot = { year, week, count: 0 };
    slots.push(slot);
    index.set(`${year}-${week}`, slot);
  }
  for (const record of records) {
    const time = timeOf(record);
    if (Number.isNaN(time)) continue;
    const { year, week } = isoWeek(time);
    const slot = index.get(`${year}-${week}`);
    if (slot) slot.count += 1;
  }
  return slots;
}

/** Records of the local day containing `now`; optionally only one decision. */
export function countToday(records: readonly LogRecord[], now: number, decision?: Decision): number {
  const date = new Date(now);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return records.filter((record) => {
    const time = timeOf(record);
    return time >= start && time < end && (!decision || field(record, 'decision') === decision);
  }).length;
}
