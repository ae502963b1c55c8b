import { WorkingCalendar, WorkingCalendarConfig } from './working-calendar';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

// A Hangzhou branch: lunch break, Saturday morning, National Day week off with make-up days (调休).
const hangzhouConfig: WorkingCalendarConfig = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: {
    mon: ['08:30-12:00', '13:30-17:30'],
    tue: ['08:30-12:00', '13:30-17:30'],
    wed: ['08:30-12:00', '13:30-17:30'],
    thu: ['08:30-12:00', '13:30-17:30'],
    fri: ['08:30-12:00', '13:30-17:30'],
    sat: ['08:30-12:00'],
  },
  holidays: [
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  extraWorkingDays: ['2026-09-27', '2026-10-10'],
};
const hangzhou = new WorkingCalendar(hangzhouConfig);

const berlin = new WorkingCalendar({
  timeZone: 'Europe/Berlin',
  weeklyHours: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, ['08:00-12:00', '13:00-17:00']]),
  ),
});

describe('WorkingCalendar in Asia/Shanghai (Hangzhou branch)', () => {
  it('tells working time from lunch breaks, evenings, the Saturday afternoon and Sundays', () => {
    expect(hangzhou.isWorkingTime(at('2026-11-20T08:30:00+08:00'))).toBe(true);
    expect(hangzhou.isWorkingTime(at('2026-11-20T08:29:59+08:00'))).toBe(false);
    expect(hangzhou.isWorkingTime(at('2026-11-20T12:30:00+08:00'))).toBe(false);
    expect(hangzhou.isWorkingTime(at('2026-11-20T17:30:00+08:00'))).toBe(false);
    expect(hangzhou.isWorkingTime(at('2026-11-21T11:59:00+08:00'))).toBe(true);
    expect(hangzhou.isWorkingTime(at('2026-11-21T13:30:00+08:00'))).toBe(false);
    expect(hangzhou.isWorkingTime(at('2026-11-22T10:00:00+08:00'))).toBe(false);
  });

  it('DSP-2: 6 working hours from Friday 16:00 in Hangzhou fall due Monday 09:30 (Saturday morning counts)', () => {
    const due = hangzhou.addWorkingDuration(at('2026-11-20T16:00:00+08:00'), 6 * HOUR);
    expect(due).toEqual(at('2026-11-23T09:30:00+08:00'));
  });

  it('DSP-2: 7 working hours from Monday 10:00 skip the lunch break and the night: Tuesday 09:30', () => {
    expect(hangzhou.addWorkingDuration(at('2026-11-23T10:00:00+08:00'), 7 * HOUR)).toEqual(
      at('2026-11-24T09:30:00+08:00'),
    );
  });

  it('DSP-2: a budget that ends exactly at the close falls due at the close, not next morning', () => {
    expect(hangzhou.addWorkingDuration(at('2026-11-20T16:00:00+08:00'), 90 * MINUTE)).toEqual(
      at('2026-11-20T17:30:00+08:00'),
    );
  });

  it('DSP-2: counting starts at the next opening when accepted in the lunch break or at night', () => {
    expect(hangzhou.addWorkingDuration(at('2026-11-20T12:15:00+08:00'), HOUR)).toEqual(
      at('2026-11-20T14:30:00+08:00'),
    );
    expect(hangzhou.addWorkingDuration(at('2026-11-19T22:00:00+08:00'), HOUR)).toEqual(
      at('2026-11-20T09:30:00+08:00'),
    );
  });

  it('DSP-2: the National Day holidays are skipped (6 h from Wed 30 Sep 16:00 fall due Thu 8 Oct 14:30)', () => {
    expect(hangzhou.addWorkingDuration(at('2026-09-30T16:00:00+08:00'), 6 * HOUR)).toEqual(
      at('2026-10-08T14:30:00+08:00'),
    );
  });

  it('DSP-2: a make-up Saturday (调休) is a full working day (6 h from Fri 9 Oct 16:00 fall due Sat 14:30)', () => {
    expect(hangzhou.addWorkingDuration(at('2026-10-09T16:00:00+08:00'), 6 * HOUR)).toEqual(
      at('2026-10-10T14:30:00+08:00'),
    );
    const withoutMakeUp = new WorkingCalendar({ ...hangzhouConfig, extraWorkingDays: [] });
    expect(withoutMakeUp.addWorkingDuration(at('2026-10-09T16:00:00+08:00'), 6 * HOUR)).toEqual(
      at('2026-10-12T09:30:00+08:00'),
    );
  });

  it('a make-up Sunday works the hours given for it', () => {
    const cal = new WorkingCalendar({
      ...hangzhouConfig,
      extraWorkingDays: [{ date: '2026-09-27', hours: ['09:00-11:00'] }],
    });
    expect(cal.workingPeriodsOn('2026-09-27')).toEqual([
      { start: at('2026-09-27T09:00:00+08:00'), end: at('2026-09-27T11:00:00+08:00') },
    ]);
    expect(hangzhou.workingPeriodsOn('2026-09-27')).toHaveLength(2);
    expect(hangzhou.workingPeriodsOn('2026-10-01')).toEqual([]);
  });

  it('measures working time between two instants, negative when reversed', () => {
    const friday = at('2026-11-20T16:00:00+08:00');
    const monday = at('2026-11-23T09:30:00+08:00');
    expect(hangzhou.workingDurationBetween(friday, monday)).toBe(6 * HOUR);
    expect(hangzhou.workingDurationBetween(monday, friday)).toBe(-6 * HOUR);
    expect(
      hangzhou.workingDurationBetween(at('2026-11-20T12:05:00+08:00'), at('2026-11-20T13:25:00+08:00')),
    ).toBe(0);
    expect(
      hangzhou.workingDurationBetween(at('2026-09-30T16:00:00+08:00'), at('2026-10-08T14:30:00+08:00')),
    ).toBe(6 * HOUR);
  });

  it('finds the next working start', () => {
    const working = at('2026-11-20T10:00:00+08:00');
    expect(hangzhou.nextWorkingStart(working)).toEqual(working);
    expect(hangzhou.nextWorkingStart(at('2026-11-20T12:30:00+08:00'))).toEqual(
      at('2026-11-20T13:30:00+08:00'),
    );
    expect(hangzhou.nextWorkingStart(at('2026-11-20T18:00:00+08:00'))).toEqual(
      at('2026-11-21T08:30:00+08:00'),
    );
    expect(hangzhou.nextWorkingStart(at('2026-11-21T12:00:00+08:00'))).toEqual(
      at('2026-11-23T08:30:00+08:00'),
    );
  });

  it('DSP-5: the end of the working day is the close of the day in progress, else of the next working day', () => {
    expect(hangzhou.endOfWorkingDay(at('2026-11-20T10:00:00+08:00'))).toEqual(
      at('2026-11-20T17:30:00+08:00'),
    );
    expect(hangzhou.endOfWorkingDay(at('2026-11-20T18:00:00+08:00'))).toEqual(
      at('2026-11-21T12:00:00+08:00'),
    );
    expect(hangzhou.endOfWorkingDay(at('2026-11-22T10:00:00+08:00'))).toEqual(
      at('2026-11-23T17:30:00+08:00'),
    );
  });

  it('INT-4: rules counted in plain hours ignore the calendar', () => {
    expect(hangzhou.addCalendarDuration(at('2026-11-20T16:00:00+08:00'), 12 * HOUR)).toEqual(
      at('2026-11-21T04:00:00+08:00'),
    );
  });
});

describe('WorkingCalendar in Europe/Berlin across the DST switches', () => {
  it('DSP-2: 6 working hours from Friday 27 March 16:00 CET fall due Monday 14:00 CEST (12:00 UTC)', () => {
    const due = berlin.addWorkingDuration(at('2026-03-27T16:00:00+01:00'), 6 * HOUR);
    expect(due).toEqual(at('2026-03-30T14:00:00+02:00'));
    expect(due.toISOString()).toBe('2026-03-30T12:00:00.000Z');
  });

  it('DSP-2: 6 working hours from Friday 23 October 16:00 CEST fall due Monday 14:00 CET (13:00 UTC)', () => {
    const due = berlin.addWorkingDuration(at('2026-10-23T16:00:00+02:00'), 6 * HOUR);
    expect(due.toISOString()).toBe('2026-10-26T13:00:00.000Z');
    expect(berlin.workingDurationBetween(at('2026-10-23T16:00:00+02:00'), due)).toBe(6 * HOUR);
  });

  it('working hours keep their wall-clock times on both sides of the switch', () => {
    expect(berlin.workingPeriodsOn('2026-03-27')[0].start.toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(berlin.workingPeriodsOn('2026-03-30')[0].start.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('a round-the-clock calendar has a 23-hour spring day and a 25-hour autumn day', () => {
    const allDay = new WorkingCalendar({
      timeZone: 'Europe/Berlin',
      weeklyHours: { sun: ['00:00-24:00'], mon: ['00:00-24:00'], sat: ['00:00-24:00'] },
    });
    expect(
      allDay.workingDurationBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')),
    ).toBe(23 * HOUR);
    expect(
      allDay.workingDurationBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00')),
    ).toBe(25 * HOUR);
    expect(allDay.addWorkingDuration(at('2026-03-28T23:00:00+01:00'), 3 * HOUR)).toEqual(
      at('2026-03-29T03:00:00+02:00'),
    );
  });

  it('INT-5: calendar days keep the wall-clock time across the switch', () => {
    expect(berlin.addCalendarDays(at('2026-03-28T10:00:00+01:00'), 3)).toEqual(
      at('2026-03-31T10:00:00+02:00'),
    );
    expect(berlin.addCalendarDays(at('2026-10-24T10:00:00+02:00'), 1)).toEqual(
      at('2026-10-25T10:00:00+01:00'),
    );
    expect(hangzhou.addCalendarDays(at('2026-11-20T16:00:00+08:00'), 3)).toEqual(
      at('2026-11-23T16:00:00+08:00'),
    );
  });

  it('CLM-2: months back from a contract expiry keep the wall time and clamp to the month end', () => {
    expect(berlin.addCalendarMonths(at('2026-03-31T12:00:00+02:00'), -1)).toEqual(
      at('2026-02-28T12:00:00+01:00'),
    );
    expect(berlin.addCalendarMonths(at('2027-01-15T09:00:00+01:00'), -3)).toEqual(
      at('2026-10-15T09:00:00+02:00'),
    );
    expect(hangzhou.addCalendarMonths(at('2026-12-31T23:30:00+08:00'), 2)).toEqual(
      at('2027-02-28T23:30:00+08:00'),
    );
  });
});

describe('WorkingCalendar configuration', () => {
  it('refuses an unknown time zone, overlapping periods, malformed hours and a week without work', () => {
    expect(
      () => new WorkingCalendar({ timeZone: 'Mars/Olympus', weeklyHours: { mon: ['08:00-12:00'] } }),
    ).toThrow(RangeError);
    expect(
      () => new WorkingCalendar({ timeZone: 'UTC', weeklyHours: { mon: ['08:00-12:00', '11:00-13:00'] } }),
    ).toThrow(/overlap/);
    expect(() => new WorkingCalendar({ timeZone: 'UTC', weeklyHours: { mon: ['8-12'] } })).toThrow(/HH:mm/);
    expect(() => new WorkingCalendar({ timeZone: 'UTC', weeklyHours: {} })).toThrow(/no working day/);
    expect(
      () =>
        new WorkingCalendar({
          timeZone: 'UTC',
          weeklyHours: { mon: ['08:00-12:00'] },
          holidays: ['2026-02-30'],
        }),
    ).toThrow(/no such date/);
  });

  it('adding nothing leaves the instant where it is, even outside working time', () => {
    const sunday = at('2026-11-22T10:00:00+08:00');
    expect(hangzhou.addWorkingDuration(sunday, 0)).toEqual(sunday);
    expect(() => hangzhou.addWorkingDuration(sunday, -1)).toThrow(RangeError);
  });
});
