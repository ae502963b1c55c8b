import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { BranchFrom, ReadModel, Roles } from '@aftersales/platform';
import { VISIT_LIST } from '../visit/visit-list/visit-list.projection';
import { ApiOkResponse } from '@nestjs/swagger';
import { DAILY_REPORT } from '../dispatch.responses';
import { DailyVisitReport } from './daily-report.query';
import { DailyReportQuery } from './daily-report.dto';

/** The visit list, a visit's timeline, and the daily report (DSP-6). */
@Controller()
export class DailyReportController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  /** DSP-6 the service director's daily report of a branch, per engineer, in the branch's own day. */
  @Get('reports/daily')
  @ApiOkResponse({ description: 'the daily report', schema: DAILY_REPORT })
  @Roles(
    'service-director',
    'branch-manager',
    'dispatcher',
    'after-sales-head',
    'operations-head',
    'executive',
  )
  @BranchFrom({ query: 'branch' })
  @ReadModel(VISIT_LIST)
  daily(@Query() query: DailyReportQuery) {
    return this.queries.execute(new DailyVisitReport(query.branch, query.date));
  }
}
