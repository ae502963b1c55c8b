import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, keysetAfter, ReadModel, Roles, type Access } from '@aftersales/platform';
import { CASE_MONEY, COST_PAGE, COST_REPORT, TRIAL_BALANCE } from '../../finance.responses';
import { LEDGER_READERS, READERS } from '../../finance.roles';
import { caseIdParam } from '../../finance.params';
import { GetCaseMoney, GetCostReport, GetTrialBalance, ListCosts } from './finance.queries';
import { CostReportQuery, ListCostsQuery, TrialBalanceQuery } from './finance-queries.dto';
import { JOURNAL } from './journal.projection';

/** A case's money, the costs, the trial balance and cost by responsible party (AUD-2, FIN-1 … FIN-3). */
@Controller()
export class FinanceQueriesController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('cases/:caseId/money')
  @ApiOkResponse({ description: 'every cost and entry of the case, each with its cause', schema: CASE_MONEY })
  @Roles(...READERS)
  @ReadModel(JOURNAL)
  caseMoney(@Param('caseId', caseIdParam) caseId: string, @CurrentAccess() access: Access) {
    return this.queries.execute(new GetCaseMoney(caseId, access));
  }

  /** ORG-1: only the caller's branches (head-office roles: all, or the one asked for). */
  @Get('costs')
  @ApiOkResponse({ description: 'a page of costs, oldest first', schema: COST_PAGE })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(JOURNAL)
  costs(@Query() query: ListCostsQuery, @CurrentAccess() access: Access) {
    return this.queries.execute(
      new ListCosts({
        branches: access.branchFilter(query.branch),
        status: query.status,
        after: keysetAfter(query.after),
        limit: query.limit ?? 50,
      }),
    );
  }

  @Get('trial-balance')
  @ApiOkResponse({ description: 'every account with its debits, credits and balance', schema: TRIAL_BALANCE })
  @Roles(...LEDGER_READERS)
  @ReadModel(JOURNAL)
  trialBalance(@Query() query: TrialBalanceQuery) {
    return this.queries.execute(new GetTrialBalance({ period: query.period }));
  }

  @Get('cost-report')
  @ApiOkResponse({ description: 'cost borne per party account, branch and month', schema: COST_REPORT })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(JOURNAL)
  costReport(@Query() query: CostReportQuery, @CurrentAccess() access: Access) {
    return this.queries.execute(
      new GetCostReport({
        branches: access.branchFilter(query.branch),
        period: query.period,
        party: query.party,
      }),
    );
  }
}
