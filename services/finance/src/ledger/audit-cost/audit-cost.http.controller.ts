import { Body, Controller, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse } from '@nestjs/swagger';
import { CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { COST_CHANGED } from '../../finance.responses';
import { AUDITORS } from '../../finance.roles';
import { caseIdParam, costIdParam } from '../../finance.params';
import { ChangeLedger } from '../change-ledger.handler';
import { ApproveCostQuery, RejectCostDto } from './audit-cost.dto';

const by = (access: Access) => ({ userId: access.principal.userId, role: 'finance-officer' });

/** FIN-1: finance audits each cost before it is posted and allocated. */
@Controller('cases/:caseId/costs/:costId')
export class AuditCostController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the cost is approved and posted', schema: COST_CHANGED })
  @Roles(...AUDITORS)
  approve(
    @Param('caseId', caseIdParam) caseId: string,
    @Param('costId', costIdParam) costId: string,
    @Query() query: ApproveCostQuery,
    @CurrentAccess() access: Access,
  ) {
    const period = query.period;
    return this.commands.execute(
      new ChangeLedger(
        { type: 'ApproveCost', caseId, costId, by: by(access), ...(period ? { period } : {}) },
        access,
      ),
    );
  }

  /** FIN-9: an approved cost taken back by compensating entries, with the reason. */
  @Post('reverse')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the cost is reversed by compensating entries', schema: COST_CHANGED })
  @Roles(...AUDITORS)
  reverse(
    @Param('caseId', caseIdParam) caseId: string,
    @Param('costId', costIdParam) costId: string,
    @Body() dto: RejectCostDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeLedger({ type: 'ReverseCost', caseId, costId, reason: dto.reason, by: by(access) }, access),
    );
  }

  @Post('reject')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the cost is rejected with its reason', schema: COST_CHANGED })
  @Roles(...AUDITORS)
  reject(
    @Param('caseId', caseIdParam) caseId: string,
    @Param('costId', costIdParam) costId: string,
    @Body() dto: RejectCostDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeLedger({ type: 'RejectCost', caseId, costId, reason: dto.reason, by: by(access) }, access),
    );
  }
}
