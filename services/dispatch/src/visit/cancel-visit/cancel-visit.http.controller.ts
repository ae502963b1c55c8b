import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { ReasonDto } from '../../dispatch.dto-parts';
import { DISPATCHERS } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class CancelVisitController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':visitId/cancellation')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  cancel(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ReasonDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'CancelVisit', visitId, reason: dto.reason });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
