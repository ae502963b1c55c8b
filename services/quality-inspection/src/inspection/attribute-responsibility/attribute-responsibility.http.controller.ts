import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { toParty } from '../inspection.dto-parts';
import { ChangeInspection, decidedBy } from '../inspection.handler';
import { withId } from '../inspection.responses';
import type { NewAttribution } from './attribute-responsibility.decide';
import { AttributeResponsibilityDto, type AttributionDto } from './attribute-responsibility.dto';

/** The decider's attribution from the request's share table. */
export function newAttribution(dto: AttributionDto, attributionId: string): NewAttribution {
  return {
    attributionId,
    shares: dto.shares.map((s) => ({ party: toParty(s.party), shareBp: s.shareBp })),
    basis: [...dto.basis],
    ...(dto.basisNote ? { basisNote: dto.basisNote } : {}),
  };
}

@Controller('inspections')
export class AttributeResponsibilityController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-3: only a QC inspector attributes, and signs; a second attribution supersedes the first, with a reason. */
  @Post(':inspectionId/attributions')
  @HttpCode(200)
  @ApiOkResponse({ description: 'responsibility is attributed', schema: withId('attributionId') })
  @Roles('qc-inspector')
  async attribute(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: AttributeResponsibilityDto,
    @CurrentAccess() access: Access,
  ) {
    const attributionId = randomUUID();
    const changed = await this.commands.execute(
      new ChangeInspection(
        {
          type: 'AttributeResponsibility',
          inspectionId,
          ...newAttribution(dto, attributionId),
          ...(dto.supersedes ? { supersedes: { ...dto.supersedes } } : {}),
          by: decidedBy(access),
        },
        access,
      ),
    );
    return { ...changed, attributionId };
  }
}
