import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { created, CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { type FastifyReply } from 'fastify';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED, VISIT_SUMMARY } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { OpenVisit } from './open-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { AppointmentDto, OpenVisitDto } from './open-visit.dto';
import { DISPATCHERS } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class OpenVisitController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** DSP-1 a dispatcher opens a visit for a case dispatch knows, naming the address's zone (DSP-2). */
  @Post()
  @ApiCreatedResponse({ description: 'the visit is open', schema: VISIT_SUMMARY })
  @Roles(...DISPATCHERS)
  async open(
    @Body() dto: OpenVisitDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const visit = await this.commands.execute(new OpenVisit(dto.caseId, dto.zone, dto.urgency, access));
    if (visit) created(reply, visit.visitId);
    return visit;
  }

  @Post(':visitId/appointment')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...DISPATCHERS)
  appointment(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: AppointmentDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ConfirmAppointment', visitId, confirmedAt: dto.confirmedAt });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
