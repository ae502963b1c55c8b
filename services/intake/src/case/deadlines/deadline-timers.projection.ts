import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';
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

  /** The whole batch in one transaction; per timer its last operation counts. */
  apply(events: readonly RecordedEvent[]): Promise<void> {
    return applyTimerOperations(
      this.timers,
      events.flatMap((recorded) => operationsOf({ type: recorded.type, data: recorded.data } as CaseEvent)),
    );
  }
}

function operationsOf(e: CaseEvent): TimerOperation[] {
  switch (e.type) {
    case 'CaseRegistered':
    case 'CaseClassified': {
      const { caseId, responseDueAt, resolutionDueAt } = e.data;
      return [
        {
          op: 'schedule',
          id: responseTimerId(caseId),
          kind: RESPONSE_DEADLINE,
          dueAt: new Date(responseDueAt),
          payload: { caseId },
        },
        {
          op: 'schedule',
          id: resolutionTimerId(caseId),
          kind: RESOLUTION_DEADLINE,
          dueAt: new Date(resolutionDueAt),
          payload: { caseId },
        },
      ];
    }
    case 'CaseResponded':
      return e.data.first ? [{ op: 'cancel', id: responseTimerId(e.data.caseId) }] : [];
    case 'CaseResolved':
      return [{ op: 'cancel', id: resolutionTimerId(e.data.caseId) }];
    case 'DeadlineClockPaused': // INT-11: nothing falls due while waiting on the customer
    case 'CaseRejected':
    case 'CaseClosed':
      return [
        { op: 'cancel', id: responseTimerId(e.data.caseId) },
        { op: 'cancel', id: resolutionTimerId(e.data.caseId) },
      ];
    case 'DeadlineClockResumed': {
      const { caseId, responseDueAt, resolutionDueAt } = e.data;
      const ops: TimerOperation[] = [];
      if (responseDueAt) {
        ops.push({
          op: 'schedule',
          id: responseTimerId(caseId),
          kind: RESPONSE_DEADLINE,
          dueAt: new Date(responseDueAt),
          payload: { caseId },
        });
      }
      if (resolutionDueAt) {
        ops.push({
          op: 'schedule',
          id: resolutionTimerId(caseId),
          kind: RESOLUTION_DEADLINE,
          dueAt: new Date(resolutionDueAt),
          payload: { caseId },
        });
      }
      return ops;
    }
    default:
      return [];
  }
}
