import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, ValidationFailed, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { newAttribution } from '../attribute-responsibility/attribute-responsibility.http.controller';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { INSPECTION_CHANGED } from '../inspection.responses';
import { ReviewDisputeDto } from './review-dispute.dto';

@Controller('inspections')
export class ReviewDisputeController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-4: the reviewer confirms the disputed attribution or supersedes it; the earlier one stays in the record. */
  @Post(':inspectionId/disputes/:disputeId/review')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the dispute is settled', schema: INSPECTION_CHANGED })
  @Roles('qc-reviewer')
  review(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Param('disputeId', uuidParam('disputeId')) disputeId: string,
    @Body() dto: ReviewDisputeDto,
    @CurrentAccess() access: Access,
  ) {
    const by = decidedBy(access);
    const { reason } = dto;
    if (dto.decision === 'confirm') {
      if (dto.shares !== undefined)
        throw new ValidationFailed([
          { field: 'shares', reason: 'a confirmation keeps the share table in force' },
        ]);
      return this.commands.execute(
        new ChangeInspection(
          { type: 'ReviewDispute', decision: 'confirm', inspectionId, disputeId, reason, by },
          access,
        ),
      );
    }
    return this.commands.execute(
      new ChangeInspection(
        {
          type: 'ReviewDispute',
          decision: 'supersede',
          inspectionId,
          disputeId,
          reason,
          attribution: newAttribution(
            { shares: dto.shares!, basis: dto.basis!, basisNote: dto.basisNote },
            randomUUID(),
          ),
          by,
        },
        access,
      ),
    );
  }
}
