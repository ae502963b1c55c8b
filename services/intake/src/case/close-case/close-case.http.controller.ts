import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { derivedUuid } from '../derived-id';
import { CloseCaseDto } from './close-case.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class CloseCaseController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** INT-8: outcome + the customer's confirmation; the survey is issued with it. */
  @Post(':caseId/closure')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  close(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CloseCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'CloseCase',
      caseId,
      outcome: dto.outcome,
      confirmation: { ...dto.confirmation },
      surveyId: derivedUuid(`survey:${caseId}`),
    });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
