import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { PauseClockDto } from './pause-clock.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class PauseClockController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** INT-11: the case waits on the customer; its deadline clocks stop. */
  @Post(':caseId/clock-pause')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  pauseClock(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: PauseClockDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'PauseClock', caseId, reason: dto.reason, note: dto.note });
  }

  /** INT-11: the customer answered; the clocks resume, due later by the time paused. */
  @Post(':caseId/clock-resume')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  resumeClock(@Param('caseId', uuidParam('caseId')) caseId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'ResumeClock', caseId });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
