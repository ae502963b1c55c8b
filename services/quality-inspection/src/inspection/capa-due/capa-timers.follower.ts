import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';
import type { InspectionEvent } from '../inspection.events';

export const CAPA_DUE = 'quality-inspection.capa-due';

export interface CapaTimerPayload {
  readonly inspectionId: string;
  readonly capaId: string;
}

export const capaTimerId = (capaId: string) => `capa-${capaId}:due`;

/** QC-5: a raised CAPA arms its durable due-date timer; its closure disarms it. */
export class CapaTimersFollower implements Projection {
  readonly name = 'quality-inspection.capa-timers';
  readonly version = 1;
  readonly streamPrefixes = ['inspection-'];
  readonly eventTypes = ['CapaRaised', 'CapaClosed'];

  constructor(private readonly timers: TimerStore) {}

  async reset(): Promise<void> {}

  apply(events: readonly RecordedEvent[]): Promise<void> {
    const operations = events.flatMap((recorded): TimerOperation[] => {
      const e = { type: recorded.type, data: recorded.data } as InspectionEvent;
      if (e.type === 'CapaRaised')
        return [
          {
            op: 'schedule',
            id: capaTimerId(e.data.capaId),
            kind: CAPA_DUE,
            dueAt: new Date(e.data.dueAt),
            payload: { inspectionId: e.data.inspectionId, capaId: e.data.capaId } satisfies CapaTimerPayload,
          },
        ];
      if (e.type === 'CapaClosed') return [{ op: 'cancel', id: capaTimerId(e.data.capaId) }];
      return [];
    });
    return applyTimerOperations(this.timers, operations);
  }
}
