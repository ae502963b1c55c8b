import { DeadlineClock } from '../calendar/deadline-clock';
import { ScheduleOptions, ScheduleOutcome, TimerScheduler } from './timer-store';

/**
 * Keeps a durable timer in step with a deadline clock (INT-11): while paused the timer is
 * cancelled, when running it is scheduled at the due instant. Call it after every change of
 * the clock, in the same transaction (options.client) as the change.
 */
export async function syncDeadlineTimer(
  scheduler: TimerScheduler,
  id: string,
  clock: DeadlineClock,
  payload: unknown,
  options: ScheduleOptions,
): Promise<ScheduleOutcome | 'paused'> {
  const due = clock.dueAt();
  if (due === undefined) {
    await scheduler.cancel(id, { client: options.client });
    return 'paused';
  }
  return scheduler.schedule(id, due, payload, options);
}
