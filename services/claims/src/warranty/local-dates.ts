import { formatLocalDate, instantOf, localDateOf, parseLocalDate } from '@aftersales/scheduling';

/** Calendar arithmetic on YYYY-MM-DD dates (no time of day, no zone). */
export function addYears(date: string, years: number): string {
  const d = parseLocalDate(date);
  // 29 February plus whole years lands on 1 March in a common year (Date.UTC rolls over).
  const t = new Date(Date.UTC(d.year + years, d.month - 1, d.day));
  return t.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const d = parseLocalDate(date);
  const t = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d.day, lastDay));
  return t.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = parseLocalDate(date);
  return new Date(Date.UTC(d.year, d.month - 1, d.day + days)).toISOString().slice(0, 10);
}

/** The calendar date an instant falls on in a time zone (the branch's). */
export function dateIn(timeZone: string, at: Date | string): string {
  return formatLocalDate(localDateOf(timeZone, new Date(at).getTime()));
}

/** Midnight at the start of a date in a time zone, as an instant. */
export function startOfDayIn(timeZone: string, date: string): Date {
  return new Date(instantOf(timeZone, parseLocalDate(date), 0));
}

export function isDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}
