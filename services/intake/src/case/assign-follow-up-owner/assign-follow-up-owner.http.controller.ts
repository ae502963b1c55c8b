import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { AssignFollowUpOwnerDto } from './assign-follow-up-owner.dto';
import { CASE_CHANGED } from '../case.responses';
import { ChangeCase } from '../change-case.handler';

/** Commands on cases (INT-1 … INT-10, ORG-2). Every write is checked against the case's branch (ORG-1). */
@Controller('cases')
export class AssignFollowUpOwnerController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** INT-10: a VIP case's dedicated follow-up owner. */
  @Post(':caseId/follow-up-owner')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the case stands now', schema: CASE_CHANGED })
  @Roles('branch-manager', 'after-sales-head')
  followUpOwner(
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: AssignFollowUpOwnerDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'AssignFollowUpOwner', caseId, ownerId: dto.ownerId });
  }

  private run(access: Access, command: ChangeCase['command']) {
    return this.commands.execute(new ChangeCase(command, access));
  }
}
