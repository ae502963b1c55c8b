import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { TimerScheduler } from '@aftersales/scheduling';
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
 * or cancellation; escalation armed on each promised repair date. Scheduling is idempotent and fired timers stay fired, so a replay changes nothing.
 */
export class VisitTimersProjection implements Projection {
  readonly name = 'dispatch.visit-timers';
  readonly version = 1;
  readonly streamPrefixes = ['visit-'];

  constructor(private readonly timers: TimerScheduler) {}

  async reset(): Promise<void> {
    /* timers are not a read model: replaying reschedules and cancels them again */
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as VisitEvent;
      switch (e.type) {
        case 'VisitOpened':
        case 'AppointmentConfirmed': {
          const { visitId, arrival } = e.data;
          if (arrival.status === 'due') {
            await this.timers.schedule(
              arrivalTimerId(visitId),
              new Date(arrival.dueAt),
              { visitId },
              {
                kind: ARRIVAL_DEADLINE,
              },
            );
          }
          break;
        }
        case 'EngineerArrived':
        case 'ArrivalDeadlineMissed':
          await this.timers.cancel(arrivalTimerId(e.data.visitId));
          break;
        case 'RepairPromised':
          await this.timers.schedule(
            escalationTimerId(e.data.visitId, e.data.promisedBy),
            new Date(e.data.escalateAt),
            { visitId: e.data.visitId },
            { kind: REPAIR_ESCALATION },
          );
          break;
        case 'VisitCancelled':
          await this.timers.cancel(arrivalTimerId(e.data.visitId));
          break;
        // An escalation timer firing after the repair is done decides nothing (CheckRepairEscalation).
        default:
          break;
      }
    }
  }
}
