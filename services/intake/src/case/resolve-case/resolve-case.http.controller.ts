import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ResolveCaseDto } from './resolve-case.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class ResolveCaseController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':caseId/resolution')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('intake-clerk', 'engineer', 'branch-manager', 'service-director')
  resolve(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: ResolveCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ResolveCase', caseId, outcome: dto.outcome });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
