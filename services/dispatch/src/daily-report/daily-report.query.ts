import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { dailyReport, hoursOf, type DailyReport } from './daily-report';
import { branchPolicy } from '../dispatch-policy';
import { DispatchRuntime } from '../dispatch.runtime';
import type { VisitEvent } from '../visit/visit.events';

const DAY_MS = 86_400_000;

/** DSP-6 the service director's daily report of a branch, per engineer, in the branch's own day. */
export class DailyVisitReport extends Query<DailyReport & { hours: number }> {
  constructor(
    readonly branch: string,
    /** The branch's local date, YYYY-MM-DD. */
    readonly date: string,
  ) {
    super();
  }
}

@QueryHandler(DailyVisitReport)
export class DailyVisitReportHandler implements IQueryHandler<DailyVisitReport> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ branch, date }: DailyVisitReport): Promise<DailyReport & { hours: number }> {
    const policy = this.runtime.settings.policy;
    branchPolicy(policy, branch);
    // Every event recorded within a day either side; the fold keeps the branch's local day.
    const day = Date.parse(`${date}T00:00:00Z`);
    const rows: Array<{ type: string; data: unknown }> = await this.runtime.dataSource.query(
      `SELECT type, data FROM dispatch.report_event
        WHERE branch = $1 AND recorded_at >= $2 AND recorded_at < $3 ORDER BY position`,
      [branch, new Date(day - DAY_MS), new Date(day + 2 * DAY_MS)],
    );
    const report = dailyReport(rows as VisitEvent[], date, policy, [branch]);
    const ofBranch = report.branches[0];
    return { ...report, hours: ofBranch ? hoursOf(ofBranch.totalMinutes) : 0 };
  }
}
