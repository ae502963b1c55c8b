import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldRecorded } from '@aftersales/cqrs';
import { timelineEntry, type TimelineEntry } from '@aftersales/event-store';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { encodeKeysetCursor, type KeysetPosition } from '@aftersales/projections';
import { WarehouseReturnsRuntime } from '../../warehouse-returns.runtime';
import { rmaDecider, rmaStreamId } from '../rma.decider';
import { rmaSummary, type RmaSummary } from '../rma.summary';
import { TransportOrderRow } from '../transport-orders/transport-order.entity';
import { RmaListRow } from './rma-list.entity';

export interface RmaFilter {
  readonly branches: readonly string[] | 'all';
  readonly status?: string;
  readonly reason?: string;
  readonly customerId?: string;
  readonly limit: number;
  /** Keyset paging: the rows after this one. */
  readonly after?: KeysetPosition;
}

export interface RmaPage {
  readonly items: RmaListRow[];
  /** The cursor of the next page (send as `after`); null on the last. */
  readonly next: string | null;
}

/** A page of return requests, newest first, within the caller's branches (ORG-1); keyset-paged. */
export class ListRmas extends Query<RmaPage> {
  constructor(readonly filter: RmaFilter) {
    super();
  }
}

@QueryHandler(ListRmas)
export class ListRmasHandler implements IQueryHandler<ListRmas> {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  async execute({ filter }: ListRmas): Promise<RmaPage> {
    const qb = this.runtime.dataSource.getRepository(RmaListRow).createQueryBuilder('r');
    if (filter.branches !== 'all')
      qb.andWhere('r.branch IN (:...branches)', { branches: [...filter.branches, ''] });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.reason) qb.andWhere('r.reason = :reason', { reason: filter.reason });
    if (filter.customerId) qb.andWhere('r.customerId = :customerId', { customerId: filter.customerId });
    if (filter.after)
      qb.andWhere('(r.requestedAt, r.rmaId) < (:at, :id)', { at: filter.after.at, id: filter.after.id });
    const rows = await qb
      .orderBy('r.requestedAt', 'DESC')
      .addOrderBy('r.rmaId', 'DESC')
      .take(filter.limit + 1)
      .getMany();
    const items = rows.slice(0, filter.limit);
    const last = items.at(-1);
    const more = rows.length > filter.limit && last;
    return { items, next: more ? encodeKeysetCursor({ at: last.requestedAt, id: last.rmaId }) : null };
  }
}

export interface RmaView {
  readonly rma: RmaSummary;
  readonly timeline: readonly TimelineEntry[];
}

/** One request from the log: where it stands, whose signatures are missing, who did what (AUD-1). */
export class GetRma extends Query<RmaView> {
  constructor(
    readonly rmaId: string,
    readonly access: Access,
  ) {
    super();
  }
}

@QueryHandler(GetRma)
export class GetRmaHandler implements IQueryHandler<GetRma> {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  async execute({ rmaId, access }: GetRma): Promise<RmaView> {
    const events = await this.runtime.store.readStream(rmaStreamId(rmaId));
    if (events.length === 0) throw new NotFound('return request', rmaId);
    access.assertBranch((events[0].data as { branch: string }).branch);
    return { rma: rmaSummary(foldRecorded(rmaDecider, events)), timeline: events.map(timelineEntry) };
  }
}

/** RET-5: transport orders, newest first, optionally one driver's. */
export class ListTransportOrders extends Query<TransportOrderRow[]> {
  constructor(
    readonly branches: readonly string[] | 'all',
    readonly driverId?: string,
  ) {
    super();
  }
}

@QueryHandler(ListTransportOrders)
export class ListTransportOrdersHandler implements IQueryHandler<ListTransportOrders> {
  constructor(@Inject(WarehouseReturnsRuntime) private readonly runtime: WarehouseReturnsRuntime) {}

  execute({ branches, driverId }: ListTransportOrders): Promise<TransportOrderRow[]> {
    const qb = this.runtime.dataSource.getRepository(TransportOrderRow).createQueryBuilder('t');
    if (branches !== 'all') qb.andWhere('t.branch IN (:...branches)', { branches: [...branches, ''] });
    if (driverId) qb.andWhere('t.driverId = :driverId', { driverId });
    return qb.orderBy('t.issuedAt', 'DESC').take(200).getMany();
  }
}
