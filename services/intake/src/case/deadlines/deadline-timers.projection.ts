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
  readonly eventTypes = Object.keys(OPERATIONS);

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

/** Arms the deadlines whose due instants are given (re-arming moves a pending one). */
function arm(caseId: string, due: { responseDueAt?: string; resolutionDueAt?: string }): TimerOperation[] {
  const payload: DeadlineTimerPayload = { caseId };
  return [
    ...(due.responseDueAt
      ? [
          {
            op: 'schedule' as const,
            id: responseTimerId(caseId),
            kind: RESPONSE_DEADLINE,
            dueAt: new Date(due.responseDueAt),
            payload,
          },
        ]
      : []),
    ...(due.resolutionDueAt
      ? [
          {
            op: 'schedule' as const,
            id: resolutionTimerId(caseId),
            kind: RESOLUTION_DEADLINE,
            dueAt: new Date(due.resolutionDueAt),
            payload,
          },
        ]
      : []),
  ];
}

type CaseEventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;
const cancelBoth = (caseId: string): TimerOperation[] => [
  { op: 'cancel', id: responseTimerId(caseId) },
  { op: 'cancel', id: resolutionTimerId(caseId) },
];

/** What each event does to the case's deadline timers; the projection reads only these types. */
const OPERATIONS: { readonly [T in CaseEvent['type']]?: (e: CaseEventOf<T>) => TimerOperation[] } = {
  CaseRegistered: (e) => arm(e.data.caseId, e.data),
  CaseClassified: (e) => arm(e.data.caseId, e.data),
  // INT-11: only the clocks still running come back, moved
  DeadlineClockResumed: (e) => arm(e.data.caseId, e.data),
  CaseResponded: (e) => (e.data.first ? [{ op: 'cancel', id: responseTimerId(e.data.caseId) }] : []),
  CaseResolved: (e) => [{ op: 'cancel', id: resolutionTimerId(e.data.caseId) }],
  // INT-11: nothing falls due while waiting on the customer
  DeadlineClockPaused: (e) => cancelBoth(e.data.caseId),
  CaseRejected: (e) => cancelBoth(e.data.caseId),
  CaseClosed: (e) => cancelBoth(e.data.caseId),
};

function operationsOf(e: CaseEvent): TimerOperation[] {
  const operation = OPERATIONS[e.type] as ((e: CaseEvent) => TimerOperation[]) | undefined;
  return operation ? operation(e) : [];
}
