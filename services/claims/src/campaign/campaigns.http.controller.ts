import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import {
  BranchFrom,
  created,
  CurrentAccess,
  ReadModel,
  Roles,
  uuidParam,
  type Access,
} from '@aftersales/platform';
import { NotFound, timeOrderedUuid } from '@aftersales/kernel';
import type { FastifyReply } from 'fastify';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS, CLAIMS_STAFF } from '../claims.roles';
import type { CampaignCommand, CampaignState } from './campaign.decider';
import { AddSerialsDto, LinkCaseDto, ListCampaignsQuery, ProposeCampaignDto } from './campaign.dto';
import { CAMPAIGN_LIST } from './campaign-list/campaign-list.projection';
import { CAMPAIGN, CAMPAIGN_PAGE } from './campaign.responses';

interface CampaignListRow {
  campaignId: string;
  branch: string;
  kind: string;
  title: string;
  model: string;
  status: string;
  proposedBy: string;
  proposedAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
  serialCount: number;
  cases: string[];
}

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

  @Get()
  @ApiOkResponse({
    description: "the campaigns within the caller's branches, newest first, with their state (CLM-6)",
    schema: CAMPAIGN_PAGE,
  })
  @Roles(...CLAIMS_READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(CAMPAIGN_LIST)
  async list(@Query() query: ListCampaignsQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const where: string[] = [];
    const args: unknown[] = [];
    if (branches !== 'all-branches') where.push(`branch = ANY($${args.push([...branches])})`);
    if (query.status) where.push(`status = $${args.push(query.status)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [items, [{ total }]]: [CampaignListRow[], { total: number }[]] = await Promise.all([
      this.runtime.dataSource.query(
        `SELECT campaign_id AS "campaignId", branch, kind, title, model, status,
                proposed_by AS "proposedBy", proposed_at AS "proposedAt", approved_by AS "approvedBy",
                approved_at AS "approvedAt", serial_count AS "serialCount", cases
           FROM claims.campaign ${filter}
          ORDER BY proposed_at DESC, campaign_id
          LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
        [...args, limit, offset],
      ),
      this.runtime.dataSource.query(`SELECT count(*)::int AS total FROM claims.campaign ${filter}`, args),
    ]);
    return { items, total, limit, offset };
  }

  @Get(':campaignId')
  @ApiOkResponse({ description: 'the campaign with its cases and units', schema: CAMPAIGN })
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
