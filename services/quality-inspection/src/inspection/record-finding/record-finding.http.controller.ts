import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { withId } from '../inspection.responses';
import { RecordFindingDto } from './record-finding.dto';

@Controller('inspections')
export class RecordFindingController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-2: a finding with its evidence and measurements; a correction names the finding it corrects. */
  @Post(':inspectionId/findings')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the finding is recorded', schema: withId('findingId') })
  @Roles('qc-inspector')
  async record(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: RecordFindingDto,
    @CurrentAccess() access: Access,
  ) {
    const findingId = randomUUID();
    const changed = await this.commands.execute(
      new ChangeInspection(
        {
          type: 'RecordFinding',
          inspectionId,
          findingId,
          ...dto,
          evidence: dto.evidence.map((e) => ({ ...e })),
          measurements: (dto.measurements ?? []).map((m) => ({ ...m })),
          by: decidedBy(access),
        },
        access,
      ),
    );
    return { ...changed, findingId };
  }
}
