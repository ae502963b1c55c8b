import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, Roles, type Access } from '@aftersales/platform';
import { COST_CHANGED } from '../../finance.responses';
import { RECORDERS } from '../../finance.roles';
import { ChangeLedger } from '../change-ledger.handler';
import { RecordCostDto } from './record-cost.dto';

/** FIN-1: a cost entered by hand (one no other service reports), pending finance's audit. */
@Controller('costs')
export class RecordCostController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: 'the cost is recorded, pending audit', schema: COST_CHANGED })
  @Roles(...RECORDERS)
  @BranchFrom({ body: 'branch' })
  record(@Body() dto: RecordCostDto, @CurrentAccess() access: Access) {
    return this.commands.execute(
      new ChangeLedger(
        {
          type: 'RecordCost',
          caseId: dto.caseId,
          costId: dto.costId,
          branch: dto.branch,
          kind: dto.kind,
          amount: { amountMinor: dto.amount.amountMinor, currency: dto.amount.currency },
          bearer: dto.bearer,
          ...(dto.customerId ? { customerId: dto.customerId } : {}),
          description: dto.description,
          source: { kind: 'manual', userId: access.principal.userId },
        },
        access,
      ),
    );
  }
}
