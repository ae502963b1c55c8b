import { formatLocalDate, localDateOf, type WorkingCalendar } from '@aftersales/scheduling';
import type { FlagForMorningDispatch } from '../visit/flag-morning-dispatch/flag-morning-dispatch.decide';

export interface OpenRequest {
  readonly visitId: string;
  readonly openedAt: string;
  /** Whether an engineer is assigned. */
  readonly assigned: boolean;
}

export type EndOfDayCheck =
  | {
      readonly outcome: 'checked';
      /** The start of the next working period, when flagged requests are dispatched first. */
      readonly dispatchFirstAt: Date;
      readonly flags: readonly FlagForMorningDispatch[];
      /** When to run the next check: the close of the next working day. */
      readonly nextCheckAt: Date;
    }
  /** The check ran during a working day, before its close: nothing is flagged. */
  | { readonly outcome: 'day-not-over'; readonly nextCheckAt: Date };

/**
 * DSP-5 at the end of the branch's working day, every request still undispatched is flagged for
 * priority dispatch at the start of the next working period. Pure: the calendar decides what
 * "end of day" and "next morning" mean in the branch's zone, holidays and weekends included.
 */
export function endOfDayCheck(
  requests: readonly OpenRequest[],
  calendar: WorkingCalendar,
  at: Date,
): EndOfDayCheck {
  const today = formatLocalDate(localDateOf(calendar.timeZone, at.getTime()));
  const periods = calendar.workingPeriodsOn(today);
  // Between today's opening and close (lunch break included) the day is not over; after the
  // close, at night, or on a day off (a late timer), the last working day has ended.
  if (periods.length > 0 && periods[0].start <= at && at < periods[periods.length - 1].end) {
    return { outcome: 'day-not-over', nextCheckAt: calendar.endOfWorkingDay(at) };
  }
  const dispatchFirstAt = calendar.nextWorkingStart(at);
  const flags = requests
    .filter((r) => !r.assigned && Date.parse(r.openedAt) <= at.getTime())
    .sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt) || (a.visitId < b.visitId ? -1 : 1))
    .map((r): FlagForMorningDispatch => ({
      type: 'FlagForMorningDispatch',
      visitId: r.visitId,
      dispatchFirstAt: dispatchFirstAt.toISOString(),
    }));
  return {
    outcome: 'checked',
    dispatchFirstAt,
    flags,
    nextCheckAt: calendar.endOfWorkingDay(dispatchFirstAt),
  };
}
