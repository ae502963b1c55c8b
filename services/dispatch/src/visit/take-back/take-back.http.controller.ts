import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { TakeBackDto } from './take-back.dto';
import { FIELD } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class TakeBackController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** DSP-4 taken back against a product receipt; register entry and repair card. */
  @Post(':visitId/take-back')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  takeBack(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: TakeBackDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'TakeBackProduct',
      visitId,
      receiptNo: dto.receiptNo,
      registerEntryNo: dto.registerEntryNo,
      repairCardNo: dto.repairCardNo,
    });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
