/** Wall-clock date and time in an IANA time zone, computed with Intl (no time-zone library). */

export interface LocalDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number;
}

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

function wallClock(timeZone: string, instant: number) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** Offset of the zone from UTC at an instant, in ms (Berlin in summer: +2 h). */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const w = wallClock(timeZone, instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

export function localDateOf(timeZone: string, instant: number): LocalDate {
  const w = wallClock(timeZone, instant);
  return { year: w.year, month: w.month, day: w.day };
}

/**
 * The instant a wall-clock time occurs in the zone. A time skipped by a DST switch is read on
 * the offset before the switch (Berlin 02:30 on a spring-forward night becomes 03:30, as
 * Temporal's 'compatible'); a repeated time (autumn) maps to its first occurrence.
 */
export function instantOf(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
  const before = zoneOffsetMs(timeZone, wall - zoneOffsetMs(timeZone, wall - 86_400_000));
  const after = zoneOffsetMs(timeZone, wall - zoneOffsetMs(timeZone, wall + 86_400_000));
  // Try the earlier offset first (first occurrence when repeated), then the later one.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (zoneOffsetMs(timeZone, candidate) === offset) return candidate;
  }
  // In a gap: the wall time does not exist.
  return wall - Math.min(before, after);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseLocalDate(text: string): LocalDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): ${text}`);
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (formatLocalDate(addDays(date, 0)) !== text) throw new RangeError(`no such date: ${text}`);
  return date;
}
