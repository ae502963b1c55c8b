import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { CompleteRepairDto, RepairCardEntryDto } from './repair-card.dto';
import { WORKSHOP } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class RepairCardController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':visitId/repair-card')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  repairCard(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: RepairCardEntryDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordRepairWork',
      visitId,
      engineerId: dto.engineerId,
      minutes: dto.minutes,
      ...(dto.parts
        ? { parts: dto.parts.map((p) => ({ partNo: p.partNo, qty: p.qty, unitCost: { ...p.unitCost } })) }
        : {}),
      ...(dto.note ? { note: dto.note } : {}),
    });
  }

  @Post(':visitId/repair-completion')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...WORKSHOP)
  repairCompleted(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: CompleteRepairDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'CompleteRepair', visitId, outcome: dto.outcome });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
