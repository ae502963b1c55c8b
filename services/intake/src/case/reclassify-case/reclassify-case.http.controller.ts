import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ReclassifyCaseDto } from './reclassify-case.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';
import { CommandOn } from '../case.roles';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class ReclassifyCaseController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':caseId/classification')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'branch-manager', 'after-sales-head')
  reclassify(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ReclassifyCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ReclassifyCase', caseId, ...(dto as CommandOn<'ReclassifyCase'>) });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
