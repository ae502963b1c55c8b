import { deriveEventId } from '@aftersales/messaging';
import type { TimerScheduler, Timer } from '@aftersales/scheduling';
import type { DataSource } from 'typeorm';
import type { DispatchCommands } from '../dispatch-commands';
import { calendarOf, type DispatchPolicy } from '../dispatch-policy';
import { endOfDayCheck } from './end-of-day-check';

export const END_OF_DAY_CHECK = 'dispatch.end-of-day-check';

export interface EndOfDayPayload {
  readonly branch: string;
}

/** One timer per branch and close of day: a fired check never blocks the next day's. */
export const endOfDayTimerId = (branch: string, at: Date) => `dispatch-eod-${branch}:${at.toISOString()}`;

/**
 * DSP-5 the end-of-day check of each branch as a chain of durable timers: armed at start-up for
 * the close of the current working day (idempotent across replicas), each firing flags the
 * still-undispatched requests for first dispatch next morning and arms the next close.
 */
export class EndOfDayChecks {
  constructor(
    private readonly timers: TimerScheduler,
    private readonly policy: DispatchPolicy,
    private readonly dataSource: DataSource,
    private readonly commands: DispatchCommands,
  ) {}

  async arm(now: Date): Promise<void> {
    for (const [branch, policy] of Object.entries(this.policy.branches)) {
      await this.schedule(branch, calendarOf(policy).endOfWorkingDay(now));
    }
  }

  readonly fire = async (timer: Timer): Promise<void> => {
    const { branch } = timer.payload as EndOfDayPayload;
    const policy = this.policy.branches[branch];
    if (!policy) return;
    const rows: Array<{ visitId: string; openedAt: Date }> = await this.dataSource.query(
      `SELECT visit_id AS "visitId", opened_at AS "openedAt" FROM dispatch.visit_list
        WHERE branch = $1 AND status = 'unassigned'`,
      [branch],
    );
    const check = endOfDayCheck(
      rows.map((r) => ({
        visitId: r.visitId,
        openedAt: new Date(r.openedAt).toISOString(),
        assigned: false,
      })),
      calendarOf(policy),
      this.commands.clock.now(),
    );
    if (check.outcome === 'checked') {
      for (const flag of check.flags) {
        await this.commands.visit(flag, {
          eventIds: (i) => deriveEventId(timer.id, `${flag.visitId}#${i}`),
        });
      }
    }
    await this.schedule(branch, check.nextCheckAt);
  };

  private schedule(branch: string, at: Date) {
    const payload: EndOfDayPayload = { branch };
    return this.timers.schedule(endOfDayTimerId(branch, at), at, payload, { kind: END_OF_DAY_CHECK });
  }
}
