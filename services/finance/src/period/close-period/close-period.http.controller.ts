import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { CurrentAccess, ReadModel, Roles, type Access } from '@aftersales/platform';
import { FinanceRuntime } from '../../finance.runtime';
import { PERIOD_CLOSED, SETTLEMENT } from '../../finance.responses';
import { AUDITORS, READERS } from '../../finance.roles';
import { JOURNAL } from '../../ledger/journal-read/journal.projection';
import { periodId } from '../period.decider';
import { ClosePeriodParams } from './close-period.dto';
import { settlementOf } from './settlement.query';

/** FIN-8: monthly settlement per branch; a closed month is immutable. */
@Controller('periods/:branch/:period')
export class ClosePeriodController {
  constructor(@Inject(FinanceRuntime) private readonly runtime: FinanceRuntime) {}

  @Post('close')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the month is closed for the branch', schema: PERIOD_CLOSED })
  @Roles(...AUDITORS)
  async close(@Param() { branch, period }: ClosePeriodParams, @CurrentAccess() access: Access) {
    access.assertBranch(branch);
    const { state, events, position } = await this.runtime.parts.periods.execute({
      type: 'ClosePeriod',
      branch,
      period,
      by: { userId: access.principal.userId, role: 'finance-officer' },
    });
    return {
      branch,
      period,
      closedAt: state.exists ? state.closedAt : null,
      events: events.map((e) => e.type),
      position,
    };
  }

  /** The settlement statement: what the branch's month cost, by who bears it, and whether it is closed. */
  @Get('settlement')
  @ApiOkResponse({ description: "the branch's month by account", schema: SETTLEMENT })
  @Roles(...READERS)
  @ReadModel(JOURNAL)
  async settlement(@Param() { branch, period }: ClosePeriodParams, @CurrentAccess() access: Access) {
    access.assertBranch(branch);
    const closed = await this.runtime.parts.periods.load(periodId(branch, period));
    return {
      branch,
      period,
      closedAt: closed.state.exists ? closed.state.closedAt : null,
      ...(await settlementOf(this.runtime.dataSource, branch, period)),
    };
  }
}
