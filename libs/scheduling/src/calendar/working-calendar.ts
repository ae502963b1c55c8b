import {
  LocalDate,
  addDays,
  assertTimeZone,
  formatLocalDate,
  instantOf,
  localDateOf,
  parseLocalDate,
  weekdayOf,
  zoneOffsetMs,
} from './zoned-time';

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A branch's working calendar, as configured (DSP-2 "branch calendar"). */
export interface WorkingCalendarConfig {
  /** IANA zone of the branch, e.g. 'Asia/Shanghai'. */
  readonly timeZone: string;
  /** Working periods per weekday as 'HH:mm-HH:mm' (end may be '24:00'); unlisted days are off. */
  readonly weeklyHours: Partial<Record<Weekday, readonly string[]>>;
  /** Local dates (YYYY-MM-DD) not worked although their weekday is. */
  readonly holidays?: readonly string[];
  /** Make-up working days (调休): dates worked although their weekday is off. */
  readonly extraWorkingDays?: readonly (
    string | { readonly date: string; readonly hours: readonly string[] }
  )[];
  /** Hours of a make-up day given without its own; default: Monday's hours. */
  readonly makeUpDayHours?: readonly string[];
}

type Period = readonly [startMinute: number, endMinute: number];
type Interval = readonly [start: number, end: number];

function parsePeriods(periods: readonly string[], where: string): Period[] {
  const parsed = periods.map((text) => {
    const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
    const start = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
    const end = m ? Number(m[3]) * 60 + Number(m[4]) : NaN;
    if (!m || Number(m[2]) > 59 || Number(m[4]) > 59 || !(start < end) || end > 24 * 60) {
      throw new RangeError(`${where}: not a working period 'HH:mm-HH:mm' within one day: '${text}'`);
    }
    return [start, end] as const;
  });
  parsed.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i][0] < parsed[i - 1][1]) throw new RangeError(`${where}: working periods overlap`);
  }
  return parsed;
}

/**
 * Working time of one branch. Pure: every answer follows from the configuration and the
 * arguments. Instants are UTC `Date`s; days, hours, holidays are read in the branch's zone, so
 * a DST switch shortens or lengthens the day it falls on and nothing else.
 */
export class WorkingCalendar {
  readonly timeZone: string;
  private readonly weekly: readonly Period[][];
  private readonly holidays: ReadonlySet<string>;
  private readonly extraDays: ReadonlyMap<string, Period[]>;
  private readonly cache = new Map<string, Interval[]>();
  /** Bounds the search past holidays so a calendar with no working time fails instead of looping. */
  private readonly maxDaysWithoutWork = 3660;

  constructor(config: WorkingCalendarConfig) {
    assertTimeZone(config.timeZone);
    this.timeZone = config.timeZone;
    for (const key of Object.keys(config.weeklyHours)) {
      if (!WEEKDAYS.includes(key as Weekday)) throw new RangeError(`weeklyHours: unknown weekday '${key}'`);
    }
    this.weekly = WEEKDAYS.map((d) => parsePeriods(config.weeklyHours[d] ?? [], `weeklyHours.${d}`));
    if (this.weekly.every((p) => p.length === 0)) throw new RangeError('weeklyHours: no working day');
    this.holidays = new Set((config.holidays ?? []).map((d) => formatLocalDate(parseLocalDate(d))));
    const makeUp = parsePeriods(config.makeUpDayHours ?? config.weeklyHours.mon ?? [], 'makeUpDayHours');
    this.extraDays = new Map(
      (config.extraWorkingDays ?? []).map((d) => {
        const date = typeof d === 'string' ? d : d.date;
        const hours = typeof d === 'string' ? makeUp : parsePeriods(d.hours, `extraWorkingDays ${date}`);
        if (hours.length === 0) throw new RangeError(`extraWorkingDays ${date}: no working hours`);
        return [formatLocalDate(parseLocalDate(date)), hours];
      }),
    );
  }

  isWorkingTime(instant: Date): boolean {
    const t = instant.getTime();
    return this.intervalsOn(localDateOf(this.timeZone, t)).some(([s, e]) => s <= t && t < e);
  }

  /** The instant itself when it is working time, else the start of the next working period. */
  nextWorkingStart(instant: Date): Date {
    const first = this.intervalsFrom(instant.getTime()).next();
    return new Date((first.value as Interval)[0]);
  }

  /** `ms` of working time after `start` (DSP-2 "working hours"); a budget ending at a close stays there. */
  addWorkingDuration(start: Date, ms: number): Date {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`working duration must be ≥ 0: ${ms}`);
    if (ms === 0) return new Date(start);
    let left = ms;
    for (const [s, e] of this.intervalsFrom(start.getTime())) {
      if (left <= e - s) return new Date(s + left);
      left -= e - s;
    }
    throw new Error('unreachable: intervalsFrom never ends without throwing');
  }

  /** Working time between two instants, in ms; negative when b is before a. */
  workingDurationBetween(a: Date, b: Date): number {
    if (b < a) return -this.workingDurationBetween(b, a);
    const end = b.getTime();
    let total = 0;
    for (const [s, e] of this.intervalsFrom(a.getTime())) {
      if (s >= end) break;
      total += Math.min(e, end) - s;
      if (e >= end) break;
    }
    return total;
  }

  /**
   * Close of the working day in progress at the instant, or of the next working day when the
   * instant falls after the day's close or on a day off (DSP-5 "end of the day").
   */
  endOfWorkingDay(instant: Date): Date {
    const start = this.nextWorkingStart(instant).getTime();
    const intervals = this.intervalsOn(localDateOf(this.timeZone, start));
    return new Date(intervals[intervals.length - 1][1]);
  }

  /** Plain elapsed time, for rules counted in hours rather than working hours. */
  addCalendarDuration(start: Date, ms: number): Date {
    return new Date(start.getTime() + ms);
  }

  /** The same wall-clock time `days` local days later (a DST day counts as one day). */
  addCalendarDays(start: Date, days: number): Date {
    const t = start.getTime();
    const date = localDateOf(this.timeZone, t);
    const sinceMidnight = t + zoneOffsetMs(this.timeZone, t) - Date.UTC(date.year, date.month - 1, date.day);
    const minute = Math.floor(sinceMidnight / 60_000);
    return new Date(
      instantOf(this.timeZone, addDays(date, days), minute) + (sinceMidnight - minute * 60_000),
    );
  }

  /**
   * The same wall-clock time `months` local months later (negative: earlier), the day clamped
   * to the month's end (CLM-2: a contract ending 31 March is notified on 28 February).
   */
  addCalendarMonths(start: Date, months: number): Date {
    const date = localDateOf(this.timeZone, start.getTime());
    const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
    const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    const target = {
      year: first.getUTCFullYear(),
      month: first.getUTCMonth() + 1,
      day: Math.min(date.day, lastDay),
    };
    const daysBetween = Math.round(
      (Date.UTC(target.year, target.month - 1, target.day) - Date.UTC(date.year, date.month - 1, date.day)) /
        86_400_000,
    );
    return this.addCalendarDays(start, daysBetween);
  }

  /** Working periods of a local date (YYYY-MM-DD), as instants. */
  workingPeriodsOn(date: string): { start: Date; end: Date }[] {
    return this.intervalsOn(parseLocalDate(date)).map(([s, e]) => ({ start: new Date(s), end: new Date(e) }));
  }

  private periodsOn(date: LocalDate): readonly Period[] {
    const key = formatLocalDate(date);
    const extra = this.extraDays.get(key);
    if (extra) return extra;
    if (this.holidays.has(key)) return [];
    return this.weekly[weekdayOf(date)];
  }

  private intervalsOn(date: LocalDate): Interval[] {
    const key = formatLocalDate(date);
    let intervals = this.cache.get(key);
    if (!intervals) {
      const at = (minute: number) =>
        minute === 24 * 60
          ? instantOf(this.timeZone, addDays(date, 1), 0)
          : instantOf(this.timeZone, date, minute);
      intervals = this.periodsOn(date)
        .map(([s, e]) => [at(s), at(e)] as const)
        .filter(([s, e]) => s < e);
      if (this.cache.size > 4096) this.cache.clear();
      this.cache.set(key, intervals);
    }
    return intervals;
  }

  /** Working intervals from t on, clipped to start no earlier than t. */
  private *intervalsFrom(t: number): Generator<Interval, never> {
    let date = localDateOf(this.timeZone, t);
    for (let idle = 0; idle <= this.maxDaysWithoutWork; date = addDays(date, 1)) {
      const intervals = this.intervalsOn(date).filter(([, e]) => e > t);
      idle = intervals.length ? 0 : idle + 1;
      for (const [s, e] of intervals) yield [Math.max(s, t), e];
    }
    throw new Error(
      `no working time within ${this.maxDaysWithoutWork} days after ${new Date(t).toISOString()}`,
    );
  }
}
