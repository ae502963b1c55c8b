import { encodeKeysetCursor, type KeysetPosition } from '@aftersales/projections';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { timelineEntry, type TimelineEntry } from '@aftersales/event-store';
import { foldRecorded } from '@aftersales/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { DispatchRuntime } from '../../dispatch.runtime';
import { visitDecider, visitStreamId } from '../visit.decider';
import type { VisitState } from '../visit.state';
import { VisitListRow } from './visit-list.entity';

export interface VisitPage {
  readonly items: VisitListRow[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The cursor of the next page (`after`), null on the last. */
  readonly next: string | null;
}

/** A page of the visit list, newest first, within the caller's branches (ORG-1). */
export class ListVisits extends Query<VisitPage> {
  constructor(
    readonly filter: {
      readonly branches: readonly string[] | 'all';
      readonly status?: string;
      readonly limit: number;
      readonly offset: number;
      /** Keyset paging: after this row (offset is then not used). */
      readonly after?: KeysetPosition;
    },
  ) {
    super();
  }
}

@QueryHandler(ListVisits)
export class ListVisitsHandler implements IQueryHandler<ListVisits> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ filter }: ListVisits): Promise<VisitPage> {
    const { branches, status, limit, after } = filter;
    const offset = after ? 0 : filter.offset;
    const qb = this.runtime.dataSource.getRepository(VisitListRow).createQueryBuilder('v');
    if (branches !== 'all') qb.andWhere('v.branch IN (:...branches)', { branches: [...branches, ''] });
    if (status) qb.andWhere('v.status = :status', { status });
    const total = await qb.getCount();
    if (after)
      qb.andWhere('(v.openedAt, v.visitId) < (:afterAt, :afterId)', { afterAt: after.at, afterId: after.id });
    const items = await qb
      .orderBy('v.openedAt', 'DESC')
      .addOrderBy('v.visitId', 'DESC')
      .take(limit)
      .skip(offset)
      .getMany();
    const last = items.at(-1);
    const next =
      items.length === limit && last ? encodeKeysetCursor({ at: last.openedAt, id: last.visitId }) : null;
    return { items, total, limit, offset, next };
  }
}

export interface VisitTimelineView {
  readonly visit: VisitState;
  readonly timeline: readonly TimelineEntry[];
}

/** The visit with its whole story from the log: who did what, when, in which role (AUD-1). */
export class VisitTimeline extends Query<VisitTimelineView> {
  constructor(
    readonly visitId: string,
    /** ORG-1: only a visit of the caller's branches is shown. */
    readonly access: Access,
  ) {
    super();
  }
}

@QueryHandler(VisitTimeline)
export class VisitTimelineHandler implements IQueryHandler<VisitTimeline> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ visitId, access }: VisitTimeline): Promise<VisitTimelineView> {
    const events = await this.runtime.store.readStream(visitStreamId(visitId));
    if (events.length === 0) throw new NotFound('visit', visitId);
    access.assertBranch((events[0].data as { branch: string }).branch);
    return { visit: foldRecorded(visitDecider, events), timeline: events.map(timelineEntry) };
  }
}
