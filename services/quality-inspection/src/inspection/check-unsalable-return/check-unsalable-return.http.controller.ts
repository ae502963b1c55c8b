import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { CheckUnsalableReturnDto } from './check-unsalable-return.dto';

@Controller('inspections')
export class CheckUnsalableReturnController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-6: QC checks an unsalable return's original quality before it is re-stocked, and signs. */
  @Post(':inspectionId/unsalable-check')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the original quality is checked and signed', schema: INSPECTION_CHANGED })
  @Roles('qc-inspector')
  check(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: CheckUnsalableReturnDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeInspection(
        {
          type: 'CheckUnsalableReturn',
          inspectionId,
          intact: dto.intact,
          note: dto.note,
          evidence: dto.evidence.map((e) => ({ ...e })),
          by: decidedBy(access),
        },
        access,
      ),
    );
  }
}
