import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { BranchFrom, CurrentAccess, ReadModel, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { CaseTimeline } from './case-timeline/case-timeline.query';
import { CASE_TIMELINE, MONTHLY_SUMMARY, REGISTER_PAGE } from './case.responses';
import { ListCasesQuery } from './case.dtos';
import { COMPLAINT_REGISTER } from './complaint-register/complaint-register.projection';
import { ListCases, MonthlyComplaintSummary } from './complaint-register/complaint-register.queries';

export class SummaryQuery {
  @IsString()
  @Matches(/^[A-Z]{2,8}$/)
  branch!: string;

  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;
}

const READERS = [
  'intake-clerk',
  'branch-manager',
  'dispatcher',
  'engineer',
  'service-director',
  'after-sales-head',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'claims-officer',
  'executive',
] as const;

/** The complaint register, a case's timeline, and the monthly summary (INT-1, KPI-2). */
@Controller()
export class CaseQueriesController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('cases')
  @ApiOkResponse({ description: 'a page of the complaint register', schema: REGISTER_PAGE })
  @Roles(...READERS)
  @ReadModel(COMPLAINT_REGISTER)
  @BranchFrom({ query: 'branch' })
  list(@Query() query: ListCasesQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    return this.queries.execute(
      new ListCases({
        branches: branches === 'all-branches' ? 'all' : branches,
        kind: query.kind,
        severity: query.severity,
        status: query.status,
        overdue: query.overdue === 'true',
        registeredFrom: query.from ? new Date(query.from) : undefined,
        registeredTo: query.to ? new Date(query.to) : undefined,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      }),
    );
  }

  /** The case with its whole story from the log: who did what, when, in which role (AUD-1). */
  @Get('cases/:caseId')
  @ApiOkResponse({ description: 'the case and its timeline', schema: CASE_TIMELINE })
  @Roles(...READERS)
  timeline(@Param('caseId', uuidParam('caseId')) caseId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new CaseTimeline(caseId, access));
  }

  /** KPI-2: the branch's monthly complaint summary. */
  @Get('reports/monthly-summary')
  @ApiOkResponse({ description: "the branch's month", schema: MONTHLY_SUMMARY })
  @Roles(
    'branch-manager',
    'after-sales-head',
    'service-director',
    'qc-inspector',
    'operations-head',
    'executive',
  )
  @BranchFrom({ query: 'branch' })
  @ReadModel(COMPLAINT_REGISTER)
  summary(@Query() query: SummaryQuery) {
    if (!query.branch) throw new NotFoundException();
    return this.queries.execute(new MonthlyComplaintSummary(query.branch, query.month));
  }
}
