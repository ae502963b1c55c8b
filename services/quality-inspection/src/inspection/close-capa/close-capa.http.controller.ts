import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { CloseCapaDto } from './close-capa.dto';

@Controller('inspections')
export class CloseCapaController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-5: QC closes a CAPA on a verification of its effectiveness. */
  @Post(':inspectionId/capas/:capaId/closure')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the CAPA is closed', schema: INSPECTION_CHANGED })
  @Roles('qc-inspector')
  close(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Param('capaId', uuidParam('capaId')) capaId: string,
    @Body() dto: CloseCapaDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeInspection(
        {
          type: 'CloseCapa',
          inspectionId,
          capaId,
          effective: dto.effective,
          verification: {
            note: dto.verification.note,
            evidence: dto.verification.evidence.map((e) => ({ ...e })),
          },
          by: decidedBy(access),
        },
        access,
      ),
    );
  }
}
