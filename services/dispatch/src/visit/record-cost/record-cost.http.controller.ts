import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { CostDto } from './record-cost.dto';
import { FIELD } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class RecordCostController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** FIN-1/FIN-2 travel, accommodation, allowances of the staff who went. */
  @Post(':visitId/costs')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  cost(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: CostDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordCost',
      visitId,
      costId: dto.costId,
      category: dto.category,
      amount: { ...dto.amount },
      staffId: dto.staffId,
      staffHome: dto.staffHome,
      description: dto.description,
    });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
