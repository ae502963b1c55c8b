import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { BranchFrom, CurrentAccess, ReadModel, Roles, type Access, keysetAfter } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { MONTHLY_SUMMARY, REGISTER_PAGE } from '../case.responses';
import { ListCasesQuery, SummaryQuery } from './complaint-register.dto';
import { COMPLAINT_REGISTER } from './complaint-register.projection';
import { ListCases, MonthlyComplaintSummary } from './complaint-register.queries';
import { READERS } from '../case.roles';

/** The complaint register, a case's timeline, and the monthly summary (INT-1, KPI-2). */
@Controller()
export class ComplaintRegisterController {
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
        caseNumber: query.caseNumber,
        kind: query.kind,
        severity: query.severity,
        status: query.status,
        overdue: query.overdue === 'true',
        registeredFrom: query.from ? new Date(query.from) : undefined,
        registeredTo: query.to ? new Date(query.to) : undefined,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
        after: keysetAfter(query.after),
      }),
    );
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
