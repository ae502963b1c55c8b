import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { OverturnReviewDto } from './overturn-review.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';
import { CommandOn } from '../case.roles';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class OverturnReviewController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** ORG-2: only the branch manager overturns a review. */
  @Post(':caseId/review/overturn')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('branch-manager')
  overturn(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: OverturnReviewDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'OverturnReview', caseId, ...(dto as CommandOn<'OverturnReview'>) });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
