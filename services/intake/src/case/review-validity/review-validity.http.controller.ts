import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ReviewValidityDto } from './review-validity.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';
import { CommandOn } from '../case.roles';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class ReviewValidityController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':caseId/review')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager')
  review(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ReviewValidityDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ReviewValidity', caseId, ...(dto as CommandOn<'ReviewValidity'>) });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
