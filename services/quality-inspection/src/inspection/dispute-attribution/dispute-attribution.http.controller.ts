import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccessDenied, CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { ChangeInspection } from '../inspection.handler';
import { withId } from '../inspection.responses';
import { disputingRole } from './dispute-attribution.decide';
import { DisputeAttributionDto } from './dispute-attribution.dto';

@Controller('inspections')
export class DisputeAttributionController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  /** QC-4: only the blamed party disputes (its department head, the claims officer, the branch for the customer). */
  @Post(':inspectionId/disputes')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the attribution is disputed, awaiting review', schema: withId('disputeId') })
  @Roles('department-head', 'claims-officer', 'branch-manager', 'after-sales-head')
  async dispute(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @Body() dto: DisputeAttributionDto,
    @CurrentAccess() access: Access,
  ) {
    const disputeId = randomUUID();
    const { principal } = access;
    let role = access.role as string;
    const changed = await this.commands.execute(
      new ChangeInspection(
        {
          type: 'DisputeAttribution',
          inspectionId,
          disputeId,
          ...dto,
          evidence: dto.evidence.map((e) => ({ ...e })),
          // The role is the one the blamed party speaks in, known once the state is read.
          get by() {
            return { userId: principal.userId, role };
          },
        },
        access,
        (state) => {
          const decision = disputingRole(state, dto.party, {
            roles: principal.roles,
            departments: principal.departments ?? [],
            branches: principal.branches,
          });
          if ('refused' in decision) throw new AccessDenied(decision.refused);
          role = decision.role;
        },
      ),
    );
    return { ...changed, disputeId };
  }
}
