import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { TimerScheduler } from '@aftersales/scheduling';
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

  constructor(private readonly timers: TimerScheduler) {}

  async reset(): Promise<void> {
    /* timers are not a read model: replaying reschedules and cancels them again */
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as CaseEvent;
      switch (e.type) {
        case 'CaseRegistered':
        case 'CaseClassified': {
          const { caseId, responseDueAt, resolutionDueAt } = e.data;
          const payload: DeadlineTimerPayload = { caseId };
          await this.timers.schedule(responseTimerId(caseId), new Date(responseDueAt), payload, {
            kind: RESPONSE_DEADLINE,
          });
          await this.timers.schedule(resolutionTimerId(caseId), new Date(resolutionDueAt), payload, {
            kind: RESOLUTION_DEADLINE,
          });
          break;
        }
        case 'CaseResponded':
          if (e.data.first) await this.timers.cancel(responseTimerId(e.data.caseId));
          break;
        case 'CaseResolved':
          await this.timers.cancel(resolutionTimerId(e.data.caseId));
          break;
        case 'CaseRejected':
        case 'CaseClosed':
          await this.timers.cancel(responseTimerId(e.data.caseId));
          await this.timers.cancel(resolutionTimerId(e.data.caseId));
          break;
        default:
          break;
      }
    }
  }
}
