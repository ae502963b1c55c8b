import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { RefuseReturnDto } from './refuse-return.dto';

@Controller('inspections')
export class RefuseReturnController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-5: customer damage: QC refuses to sign, with a written explanation. */
  @Post(':inspectionId/refusal')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the return is refused', schema: INSPECTION_CHANGED })
  @Roles('qc-inspector')
  refuse(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: RefuseReturnDto,
    @CurrentAccess() access: Access,
  ) {
    return this.commands.execute(
      new ChangeInspection(
        { type: 'RefuseReturn', inspectionId, explanation: dto.explanation, by: decidedBy(access) },
        access,
      ),
    );
  }
}
