import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { In, type EntityManager } from 'typeorm';
import type { RmaEvent } from '../rma.events';
import { evolveRma, missingSignatures, type ExistingRma, type RmaState } from '../rma.state';
import { TransportOrderRow } from '../transport-orders/transport-order.entity';
import { RmaListRow } from './rma-list.entity';

export const RMA_LIST = 'warehouse-returns.rma-list';

/** The request list and the transport orders, from the rma streams; rebuildable from the log. */
export class RmaListProjection implements Projection {
  readonly name = RMA_LIST;
  readonly version = 1;
  readonly streamPrefixes = ['rma-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE warehouse_returns.rma_list, warehouse_returns.transport_orders');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(RmaListRow);
    const ids = [...new Set(events.map((e) => (e.data as { rmaId: string }).rmaId))];
    const stored = await repo
      .createQueryBuilder('r')
      .addSelect('r.state')
      .where({ rmaId: In(ids) })
      .getMany();
    const states = new Map<string, RmaState>(stored.map((r) => [r.rmaId, r.state]));
    const positions = new Map<string, number>();
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as RmaEvent;
      const id = event.data.rmaId;
      states.set(id, evolveRma(states.get(id) ?? { exists: false }, event));
      positions.set(id, recorded.globalPosition);
      await this.transportOrder(event, em);
    }
    const rows = [...states.entries()]
      .filter((entry): entry is [string, ExistingRma] => entry[1].exists)
      .map(([id, state]) => rowOf(state, positions.get(id) ?? 0));
    if (rows.length > 0) await repo.upsert(rows, ['rmaId']);
  }

  private async transportOrder(event: RmaEvent, em: EntityManager): Promise<void> {
    if (event.type === 'TransportOrderIssued') {
      const d = event.data;
      await em.getRepository(TransportOrderRow).upsert(
        {
          orderNo: d.orderNo,
          rmaId: d.rmaId,
          branch: d.branch,
          driverId: d.driverId,
          driverName: d.driverName,
          vehicle: d.vehicle,
          issuedAt: new Date(d.issuedAt),
          pickedUpAt: null,
        },
        ['orderNo'],
      );
    }
    if (event.type === 'GoodsPickedUp')
      await em
        .getRepository(TransportOrderRow)
        .update({ orderNo: event.data.orderNo }, { pickedUpAt: new Date(event.data.pickedUpAt) });
  }
}

function rowOf(state: ExistingRma, position: number): Partial<RmaListRow> {
  return {
    rmaId: state.rmaId,
    branch: state.branch,
    customerId: state.customerId,
    caseId: state.caseId ?? null,
    reason: state.reason,
    status: state.status,
    totalMinor: state.total.amountMinor,
    currency: state.total.currency,
    missingSignatures: missingSignatures(state),
    receiptNo: state.receipt?.receiptNo ?? null,
    requestedAt: new Date(state.requestedAt),
    state,
    lastPosition: position,
  };
}
