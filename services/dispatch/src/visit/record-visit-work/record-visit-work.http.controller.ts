import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { VISIT_CHANGED } from '../../dispatch.responses';
import { ChangeVisit } from '../change-visit.handler';
import { type VisitCommand } from '../visit.decider';
import { FindingsDto, LabourDto, PartsUsedDto, WorkDoneDto } from './record-visit-work.dto';
import { FIELD } from '../visit.roles';

/** Commands on visits (DSP-1 … DSP-7). Every write is checked against the visit's branch (ORG-1). */
@Controller('visits')
export class RecordVisitWorkController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':visitId/findings')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  findings(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: FindingsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordFindings', visitId, findings: dto.findings });
  }

  @Post(':visitId/work-done')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  workDone(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: WorkDoneDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordWorkDone', visitId, workDone: dto.workDone });
  }

  /** DSP-3 parts from the engineer's stock (the engineer stream is decremented with the same usage id). */
  @Post(':visitId/parts-used')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  partsUsed(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: PartsUsedDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'RecordPartsUsed',
      visitId,
      usageId: dto.usageId,
      parts: dto.parts.map((p) => ({ partNo: p.partNo, qty: p.qty, unitCost: { ...p.unitCost } })),
    });
  }

  @Post(':visitId/labour')
  @HttpCode(200)
  @ApiOkResponse({ description: 'where the visit stands now', schema: VISIT_CHANGED })
  @Roles(...FIELD)
  labour(
    @Param('visitId', uuidParam('visitId')) visitId: string,
    @Body() dto: LabourDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'RecordLabour', visitId, workKind: dto.workKind, minutes: dto.minutes });
  }

  private run(access: Access, command: VisitCommand) {
    return this.commands.execute(new ChangeVisit(command, access));
  }
}
