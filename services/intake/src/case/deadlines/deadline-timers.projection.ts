import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { TimerStore } from '@aftersales/scheduling';
import type { PoolClient } from 'pg';
import type { CaseEvent } from '../case.events';

export const RESPONSE_DEADLINE = 'intake.response-deadline';
export const RESOLUTION_DEADLINE = 'intake.resolution-deadline';

export interface DeadlineTimerPayload {
  readonly caseId: string;
}

export const responseTimerId = (caseId: string) => `case-${caseId}:response`;
export const resolutionTimerId = (caseId: string) => `case-${caseId}:resolution`;

/**
 * INT-4/INT-5 deadlines as durable timers, kept in step with the log: scheduled on
 * registration, moved on reclassification, cancelled when answered, resolved or closed.
 * Scheduling is idempotent, so a replayed batch changes nothing.
 */
export class DeadlineTimersProjection implements Projection {
  readonly name = 'intake.deadline-timers';
  readonly version = 1;
  readonly streamPrefixes = ['case-'];

  constructor(private readonly timers: TimerStore) {}

  async reset(): Promise<void> {
    /* timers are not a read model: replaying reschedules and cancels them again */
  }

  /** One transaction for the whole batch: one commit instead of two per case. */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    const client = await this.timers.pool.connect();
    try {
      await client.query('BEGIN');
      for (const recorded of events)
        await this.applyOne({ type: recorded.type, data: recorded.data } as CaseEvent, client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async applyOne(e: CaseEvent, client: PoolClient): Promise<void> {
    const at = { client };
    switch (e.type) {
      case 'CaseRegistered':
      case 'CaseClassified': {
        const { caseId, responseDueAt, resolutionDueAt } = e.data;
        const payload: DeadlineTimerPayload = { caseId };
        await this.timers.schedule(responseTimerId(caseId), new Date(responseDueAt), payload, {
          kind: RESPONSE_DEADLINE,
          client,
        });
        await this.timers.schedule(resolutionTimerId(caseId), new Date(resolutionDueAt), payload, {
          kind: RESOLUTION_DEADLINE,
          client,
        });
        break;
      }
      case 'CaseResponded':
        if (e.data.first) await this.timers.cancel(responseTimerId(e.data.caseId), at);
        break;
      case 'CaseResolved':
        await this.timers.cancel(resolutionTimerId(e.data.caseId), at);
        break;
      case 'CaseRejected':
      case 'CaseClosed':
        await this.timers.cancel(responseTimerId(e.data.caseId), at);
        await this.timers.cancel(resolutionTimerId(e.data.caseId), at);
        break;
      default:
        break;
    }
  }
}
