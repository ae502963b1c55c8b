import { DeadlineClock, DeadlineClockError } from './deadline-clock';
import { WorkingCalendar, WorkingCalendarConfig } from './working-calendar';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

const weekdays = ['08:30-12:00', '13:30-17:30'];
const hangzhouConfig: WorkingCalendarConfig = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: ['08:30-12:00'],
  },
};
const hangzhou = new WorkingCalendar(hangzhouConfig);

// Budgets stand for configured policy values (RULES.md numbers are configuration).
const qualityComplaintResponse = { ms: 2 * HOUR, counted: 'calendar-time' } as const;
const scheduledCityRepairArrival = { ms: 6 * HOUR, counted: 'working-time' } as const;

describe('DeadlineClock', () => {
  describe('given a quality complaint registered at 10:00 (calendar-time budget)', () => {
    const registered = DeadlineClock.start(at('2026-11-20T10:00:00+08:00'), qualityComplaintResponse);

    it('INT-4: falls due after the budget, with time elapsing and remaining as the clock runs', () => {
      expect(registered.dueAt()).toEqual(at('2026-11-20T12:00:00+08:00'));
      expect(registered.elapsed(at('2026-11-20T10:45:00+08:00'))).toBe(45 * MINUTE);
      expect(registered.remaining(at('2026-11-20T10:45:00+08:00'))).toBe(75 * MINUTE);
      expect(registered.isOverdue(at('2026-11-20T11:59:59+08:00'))).toBe(false);
      expect(registered.isOverdue(at('2026-11-20T12:00:00+08:00'))).toBe(true);
    });

    it('INT-11: when information is requested at 10:30 the clock stops and has no due instant', () => {
      const paused = registered.pause(at('2026-11-20T10:30:00+08:00'), 'information-requested');
      expect(paused.isPaused).toBe(true);
      expect(paused.dueAt()).toBeUndefined();
      expect(paused.elapsed(at('2026-11-20T18:00:00+08:00'))).toBe(30 * MINUTE);
      expect(paused.isOverdue(at('2026-11-21T18:00:00+08:00'))).toBe(false);
      expect(registered.isPaused).toBe(false);
    });

    it('INT-11: when the customer answers at 11:30 the paused hour moves the due instant to 13:00', () => {
      const resumed = registered
        .pause(at('2026-11-20T10:30:00+08:00'), 'information-requested')
        .resume(at('2026-11-20T11:30:00+08:00'));
      expect(resumed.dueAt()).toEqual(at('2026-11-20T13:00:00+08:00'));
      expect(resumed.elapsed(at('2026-11-20T12:00:00+08:00'))).toBe(HOUR);
      expect(resumed.record.pauses).toEqual([
        {
          pausedAt: at('2026-11-20T10:30:00+08:00'),
          reason: 'information-requested',
          resumedAt: at('2026-11-20T11:30:00+08:00'),
        },
      ]);
    });

    it('INT-11: a budget overrun before a pause stays overrun while paused', () => {
      const late = registered.pause(at('2026-11-20T12:30:00+08:00'), 'customer-unavailable');
      expect(late.dueAt()).toEqual(at('2026-11-20T12:00:00+08:00'));
      expect(late.isOverdue(at('2026-11-20T13:00:00+08:00'))).toBe(true);
      expect(late.remaining(at('2026-11-20T15:00:00+08:00'))).toBe(-30 * MINUTE);
    });

    it('INT-11: refuses a second pause, a resume without pause, and time running backwards', () => {
      const paused = registered.pause(at('2026-11-20T10:30:00+08:00'), 'information-requested');
      expect(() => paused.pause(at('2026-11-20T10:40:00+08:00'), 'again')).toThrow(DeadlineClockError);
      expect(() => registered.resume(at('2026-11-20T10:40:00+08:00'))).toThrow(DeadlineClockError);
      expect(() => paused.resume(at('2026-11-20T10:00:00+08:00'))).toThrow(DeadlineClockError);
      expect(() => registered.pause(at('2026-11-20T09:00:00+08:00'), 'before start')).toThrow(
        DeadlineClockError,
      );
    });
  });

  describe('given a scheduled city repair accepted Friday 16:00 in Hangzhou (working-time budget)', () => {
    const accepted = DeadlineClock.start(
      at('2026-11-20T16:00:00+08:00'),
      scheduledCityRepairArrival,
      hangzhou,
    );

    it('DSP-2: falls due Monday 09:30 after Friday evening and Saturday morning', () => {
      expect(accepted.dueAt()).toEqual(at('2026-11-23T09:30:00+08:00'));
      expect(accepted.remaining(at('2026-11-21T10:00:00+08:00'))).toBe(6 * HOUR - 3 * HOUR);
    });

    it('INT-11 + DSP-2: customer unavailable from Friday 17:00 to Monday 10:00 leaves 5 working hours: due Monday 16:30', () => {
      const clock = accepted
        .pause(at('2026-11-20T17:00:00+08:00'), 'customer-unavailable')
        .resume(at('2026-11-23T10:00:00+08:00'));
      expect(clock.remaining(at('2026-11-23T10:00:00+08:00'))).toBe(5 * HOUR);
      expect(clock.dueAt()).toEqual(at('2026-11-23T16:30:00+08:00'));
    });

    it('INT-11: another calendar recomputes the due instant from the same record without changing it', () => {
      const noSaturday = new WorkingCalendar({
        ...hangzhouConfig,
        weeklyHours: { ...hangzhouConfig.weeklyHours, sat: [] },
      });
      const recomputed = DeadlineClock.fromRecord(accepted.record, noSaturday);
      expect(recomputed.dueAt()).toEqual(at('2026-11-23T14:30:00+08:00'));
      expect(accepted.dueAt()).toEqual(at('2026-11-23T09:30:00+08:00'));
    });

    it('needs the branch calendar to count working time', () => {
      expect(() => DeadlineClock.fromRecord(accepted.record)).toThrow(/working calendar/);
    });
  });
});
