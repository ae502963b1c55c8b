import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';
import type { VisitEvent } from '../visit/visit.events';

export const ARRIVAL_DEADLINE = 'dispatch.arrival-deadline';
export const REPAIR_ESCALATION = 'dispatch.repair-escalation';

export interface VisitTimerPayload {
  readonly visitId: string;
}

export const arrivalTimerId = (visitId: string) => `visit-${visitId}:arrival`;
/** One timer per promise: a new promised date after an escalation is escalated again (DSP-5). */
export const escalationTimerId = (visitId: string, promisedBy: string) =>
  `visit-${visitId}:escalation:${promisedBy}`;

/**
 * DSP-2 arrival deadlines and DSP-5 escalations as durable timers, kept in step with the log:
 * armed when a visit opens (re-armed on confirmation with the customer), cancelled on arrival
 * or cancellation; escalation armed on each promised repair date. Scheduling is idempotent
 * and fired timers stay fired, so a replay changes nothing.
 */
export class VisitTimersProjection implements Projection {
  readonly name = 'dispatch.visit-timers';
  readonly version = 1;
  readonly streamPrefixes = ['visit-'];

  constructor(private readonly timers: TimerStore) {}

  async reset(): Promise<void> {
    /* timers are not a read model: replaying reschedules and cancels them again */
  }

  /** The whole batch in one transaction; per timer its last operation counts. */
  apply(events: readonly RecordedEvent[]): Promise<void> {
    return applyTimerOperations(
      this.timers,
      events.flatMap((recorded) => operationsOf({ type: recorded.type, data: recorded.data } as VisitEvent)),
    );
  }
}

function operationsOf(e: VisitEvent): TimerOperation[] {
  switch (e.type) {
    case 'VisitOpened':
    case 'AppointmentConfirmed': {
      const { visitId, arrival } = e.data;
      if (arrival.status !== 'due') return [];
      return [
        {
          op: 'schedule',
          id: arrivalTimerId(visitId),
          kind: ARRIVAL_DEADLINE,
          dueAt: new Date(arrival.dueAt),
          payload: { visitId } satisfies VisitTimerPayload,
        },
      ];
    }
    case 'EngineerArrived':
    case 'ArrivalDeadlineMissed':
    case 'VisitCancelled':
      return [{ op: 'cancel', id: arrivalTimerId(e.data.visitId) }];
    case 'RepairPromised':
      return [
        {
          op: 'schedule',
          id: escalationTimerId(e.data.visitId, e.data.promisedBy),
          kind: REPAIR_ESCALATION,
          dueAt: new Date(e.data.escalateAt),
          payload: { visitId: e.data.visitId } satisfies VisitTimerPayload,
        },
      ];
    // An escalation timer firing after the repair is done decides nothing (CheckRepairEscalation).
    default:
      return [];
  }
}
