import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { applyTimerOperations, type TimerOperation, type TimerStore } from '@aftersales/scheduling';

export const RECEIPT_DEADLINE = 'warehouse-returns.receipt-deadline';
export const receiptTimerId = (rmaId: string) => `rma-${rmaId}:receipt-deadline`;

/** RET-8: a stock-in arms the receipt's durable deadline; sending the receipt disarms it. */
export class ReceiptDeadlineTimers implements Projection {
  readonly name = 'warehouse-returns.receipt-deadline-timers';
  readonly version = 1;
  readonly streamPrefixes = ['rma-'];
  readonly eventTypes = ['StockedIn', 'ReceiptSent'];

  constructor(private readonly timers: TimerStore) {}

  async reset(): Promise<void> {}

  apply(events: readonly RecordedEvent[]): Promise<void> {
    const operations = events.map((e): TimerOperation => {
      const { rmaId, receiptDueAt } = e.data as { rmaId: string; receiptDueAt?: string };
      return e.type === 'StockedIn'
        ? {
            op: 'schedule',
            id: receiptTimerId(rmaId),
            kind: RECEIPT_DEADLINE,
            dueAt: new Date(receiptDueAt!),
            payload: { rmaId },
          }
        : { op: 'cancel', id: receiptTimerId(rmaId) };
    });
    return applyTimerOperations(this.timers, operations);
  }
}
