import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import { AUTO_ASSIGNED, VISIT_CHANGED } from '../../dispatch.responses';
import { AutoAssignEngineer } from './auto-assign.handler';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { AssignDto, ReassignDto } from './assign-engineer.dto';
import { DISPATCHERS } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class AssignEngineerController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':visitId/assignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  assign(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: AssignDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'AssignEngineer',
      visitId,
      engineerId: dto.engineerId,
      assignedBy: 'dispatcher',
      ...(dto.note ? { reason: dto.note } : {}),
    });
  }

  /** DSP-1 the auto-assigner: skill, availability, least load, then zone distance. */
  @Post(':visitId/auto-assignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the engineer taken, and every one weighed', schema: AUTO_ASSIGNED })
  @ApiResponse({
    status: 425,
    description:
      'The roster has not yet caught up with the log as it stood when the request arrived (within READ_MODEL_WAIT_MS): retry after Retry-After seconds; nothing was changed',
    headers: { 'retry-after': { description: 'seconds', schema: { type: 'integer' } } },
  })
  @Roles(...DISPATCHERS)
  autoAssign(@Param('visitId', uuidParam('visitId')) visitId: string, @CurrentAccess() access: Access) {
    return this.commands.execute(new AutoAssignEngineer(visitId, access));
  }

  @Post(':visitId/reassignment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  reassign(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: ReassignDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'ReassignEngineer',
      visitId,
      engineerId: dto.engineerId,
      reason: dto.reason,
    });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
