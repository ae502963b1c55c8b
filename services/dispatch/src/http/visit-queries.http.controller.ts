import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { NotFound } from '@aftersales/kernel';
import { BranchFrom, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { dailyReport, hoursOf } from '../daily-report';
import { branchPolicy } from '../dispatch-policy';
import { DispatchRuntime } from '../infrastructure/dispatch-runtime';
import { visitStreamId } from '../visit/visit.decider';
import type { VisitEvent } from '../visit/visit.events';
import { VisitListRow } from '../visit/visit-list/visit-list.entity';
import { DailyReportQuery, ListVisitsQuery } from './dispatch.dtos';

const READERS = [
  'dispatcher',
  'engineer',
  'branch-manager',
  'service-director',
  'after-sales-head',
  'intake-clerk',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'executive',
] as const;

/** The visit list, a visit's timeline, and the daily report (DSP-6). */
@Controller()
export class VisitQueriesController {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  /** ORG-1: only the caller's branches (head-office roles: all, or those asked for). */
  @Get('visits')
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  async list(@Query() query: ListVisitsQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.runtime.dataSource.getRepository(VisitListRow).createQueryBuilder('v');
    if (branches !== 'all-branches')
      qb.andWhere('v.branch IN (:...branches)', { branches: [...branches, ''] });
    if (query.status) qb.andWhere('v.status = :status', { status: query.status });
    const [items, total] = await qb
      .orderBy('v.openedAt', 'DESC')
      .addOrderBy('v.visitId', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  /** The visit with its whole story from the log: who did what, when, in which role (AUD-1). */
  @Get('visits/:visitId')
  @Roles(...READERS)
  async timeline(@Param('visitId', ParseUUIDPipe) visitId: string, @CurrentAccess() access: Access) {
    const events = await this.runtime.store.readStream(visitStreamId(visitId));
    if (events.length === 0) throw new NotFound('visit', visitId);
    access.assertBranch((events[0].data as { branch: string }).branch);
    const { state } = await this.runtime.commands.loadVisit(visitId);
    return {
      visit: state,
      timeline: events.map((e) => ({
        position: e.globalPosition,
        version: e.streamVersion,
        type: e.type,
        at: e.metadata.recordedAt,
        actor: e.metadata.actor,
        branch: e.metadata.branch,
        correlationId: e.metadata.correlationId,
        causationId: e.metadata.causationId,
        data: e.data,
      })),
    };
  }

  /** DSP-6 the service director's daily report of a branch, per engineer, in the branch's own day. */
  @Get('reports/daily')
  @Roles(
    'service-director',
    'branch-manager',
    'dispatcher',
    'after-sales-head',
    'operations-head',
    'executive',
  )
  @BranchFrom({ query: 'branch' })
  async daily(@Query() query: DailyReportQuery) {
    const policy = this.runtime.settings.policy;
    branchPolicy(policy, query.branch);
    // Every event recorded within a day either side; the fold keeps the branch's local day.
    const day = Date.parse(`${query.date}T00:00:00Z`);
    const rows: Array<{ type: string; data: unknown }> = await this.runtime.dataSource.query(
      `SELECT type, data FROM dispatch.report_event
        WHERE branch = $1 AND recorded_at >= $2 AND recorded_at < $3 ORDER BY position`,
      [query.branch, new Date(day - 86_400_000), new Date(day + 2 * 86_400_000)],
    );
    const report = dailyReport(rows as VisitEvent[], query.date, policy, [query.branch]);
    const branch = report.branches[0];
    return {
      ...report,
      hours: branch ? hoursOf(branch.totalMinutes) : 0,
    };
  }
}
