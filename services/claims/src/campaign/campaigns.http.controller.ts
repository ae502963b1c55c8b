import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { created, CurrentAccess, Roles, uuidParam, type Access } from '@aftersales/platform';
import { NotFound, timeOrderedUuid } from '@aftersales/kernel';
import type { FastifyReply } from 'fastify';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS, CLAIMS_STAFF } from '../claims.roles';
import type { CampaignCommand, CampaignState } from './campaign.decider';
import { AddSerialsDto, LinkCaseDto, ProposeCampaignDto } from './campaign.dto';

/** CLM-6 campaigns: proposed by claims staff or QC, opened only by an executive's approval. */
@Controller('campaigns')
export class CampaignsController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Post()
  @ApiCreatedResponse({ description: 'the campaign is proposed; it waits for an executive (CLM-6)' })
  @Roles(...CLAIMS_STAFF, 'qc-inspector')
  async propose(
    @Body() dto: ProposeCampaignDto,
    @CurrentAccess() access: Access,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    access.assertBranch(dto.branch);
    const campaignId = timeOrderedUuid(this.runtime.clock.now().getTime());
    const { state } = await this.runtime.campaigns.execute({
      type: 'ProposeCampaign',
      campaignId,
      ...dto,
      proposedBy: access.actor.userId,
    });
    created(reply, campaignId);
    return view(state);
  }

  @Post(':campaignId/approve')
  @HttpCode(200)
  @ApiOkResponse({ description: 'an executive approved the campaign: it is open (CLM-6)' })
  @Roles('executive')
  approve(@Param('campaignId', uuidParam('campaignId')) campaignId: string, @CurrentAccess() access: Access) {
    return this.run(access, {
      type: 'ApproveCampaign',
      campaignId,
      approvedBy: access.actor.userId,
      approverRole: access.role,
    });
  }

  @Post(':campaignId/cases')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the case is linked to the campaign' })
  @Roles(...CLAIMS_STAFF, 'qc-inspector')
  linkCase(
    @Param('campaignId', uuidParam('campaignId')) campaignId: string,
    @Body() dto: LinkCaseDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'LinkCase', campaignId, caseId: dto.caseId });
  }

  @Post(':campaignId/serials')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the units are added to the campaign' })
  @Roles(...CLAIMS_STAFF, 'qc-inspector')
  addSerials(
    @Param('campaignId', uuidParam('campaignId')) campaignId: string,
    @Body() dto: AddSerialsDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'AddSerials', campaignId, serials: dto.serials });
  }

  @Get(':campaignId')
  @ApiOkResponse({ description: 'the campaign with its cases and units' })
  @Roles(...CLAIMS_READERS)
  async get(
    @Param('campaignId', uuidParam('campaignId')) campaignId: string,
    @CurrentAccess() access: Access,
  ) {
    const { state } = await this.runtime.campaigns.load(campaignId);
    if (!state.exists) throw new NotFound('campaign', campaignId);
    access.assertBranch(state.branch);
    return view(state);
  }

  private async run(access: Access, command: CampaignCommand) {
    const { state, events } = await this.runtime.campaigns.execute(command, {
      authorize: (s) => {
        if (!s.exists) throw new NotFound('campaign', command.campaignId);
        access.assertBranch(s.branch);
      },
    });
    return { ...view(state), events: events.map((e) => e.type) };
  }
}

function view(state: CampaignState) {
  if (!state.exists) return undefined;
  const { exists: _exists, ...campaign } = state;
  return campaign;
}
