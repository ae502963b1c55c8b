import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { BranchFrom, CurrentAccess, ReadModel, Roles, uuidParam, type Access } from '@aftersales/platform';
import { NotFound } from '@aftersales/kernel';
import { ClaimsRuntime } from '../claims.runtime';
import { CLAIMS_READERS, CLAIMS_STAFF } from '../claims.roles';
import { refundedMinor, type ClaimCommand, type ClaimState } from './claim.decider';
import { ConfirmClaimDto, DisputeClaimDto, ListClaimsQuery } from './claim.dto';
import { SupplierClaimRow } from './claim-list/claim-list.entity';
import { CLAIM_LIST } from './claim-list/claim-list.projection';
import { CLAIM, CLAIM_PAGE } from './claim.responses';

/**
 * Supplier claim notices (CLM-4): the claims officer records the supplier's answer; confirmed
 * claims are what finance charges back (FIN-6).
 */
@Controller('supplier-claims')
export class SupplierClaimsController {
  constructor(@Inject(ClaimsRuntime) private readonly runtime: ClaimsRuntime) {}

  @Get()
  @ApiOkResponse({
    description: "a page of supplier claims, newest first, within the caller's branches",
    schema: CLAIM_PAGE,
  })
  @Roles(...CLAIMS_READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(CLAIM_LIST)
  async list(@Query() query: ListClaimsQuery, @CurrentAccess() access: Access) {
    const branches = access.branchFilter(query.branch);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.runtime.dataSource.getRepository(SupplierClaimRow).createQueryBuilder('c');
    if (branches !== 'all-branches')
      qb.andWhere('c.branch IN (:...branches)', { branches: [...branches, ''] });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.supplierId) qb.andWhere('c.supplierId = :supplierId', { supplierId: query.supplierId });
    const [items, total] = await qb
      .orderBy('c.issuedAt', 'DESC')
      .addOrderBy('c.claimId', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total, limit, offset };
  }

  @Get(':claimId')
  @ApiOkResponse({ description: 'the claim notice and where it stands', schema: CLAIM })
  @Roles(...CLAIMS_READERS)
  async get(@Param('claimId', uuidParam('claimId')) claimId: string, @CurrentAccess() access: Access) {
    const { state } = await this.runtime.claims.load(claimId);
    if (!state.exists) throw new NotFound('supplier claim', claimId);
    access.assertBranch(state.branch);
    return view(state);
  }

  @Post(':claimId/confirm')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the supplier confirmed the claim (CLM-4)' })
  @Roles(...CLAIMS_STAFF)
  confirm(
    @Param('claimId', uuidParam('claimId')) claimId: string,
    @Body() dto: ConfirmClaimDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, { type: 'ConfirmClaim', claimId, amount: { ...dto.amount } });
  }

  @Post(':claimId/dispute')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the supplier disputes the claim; QC reviews the attribution (QC-4)' })
  @Roles(...CLAIMS_STAFF)
  dispute(
    @Param('claimId', uuidParam('claimId')) claimId: string,
    @Body() dto: DisputeClaimDto,
    @CurrentAccess() access: Access,
  ) {
    return this.run(access, {
      type: 'DisputeClaim',
      claimId,
      reason: dto.reason,
      ...(dto.evidence ? { evidence: dto.evidence.map((e) => ({ ...e })) } : {}),
    });
  }

  @Post(':claimId/dispute/referral')
  @HttpCode(200)
  @ApiOkResponse({
    description:
      "the supplier's pending dispute sent to QC again (QC-4), e.g. after QC's copy was dead-lettered and discarded; QC opens it once",
  })
  @Roles(...CLAIMS_STAFF)
  referDispute(@Param('claimId', uuidParam('claimId')) claimId: string, @CurrentAccess() access: Access) {
    return this.run(access, { type: 'ReferDispute', claimId, by: 'claims-officer' });
  }

  private async run(access: Access, command: ClaimCommand) {
    const { state, events } = await this.runtime.claims.execute(command, {
      authorize: (s) => {
        if (!s.exists) throw new NotFound('supplier claim', command.claimId);
        access.assertBranch(s.branch);
      },
    });
    return { ...view(state), events: events.map((e) => e.type) };
  }
}

function view(state: ClaimState) {
  if (!state.exists) return undefined;
  const { exists: _exists, ...claim } = state;
  const currency = state.amount.currency;
  const refunded = refundedMinor(state);
  return {
    ...claim,
    // FIN-6: what finance credited back, and what stays deducted of the confirmed amount.
    refunded: { amountMinor: refunded, currency },
    ...(state.confirmedAmount
      ? { chargedBack: { amountMinor: Math.max(0, state.confirmedAmount.amountMinor - refunded), currency } }
      : {}),
  };
}
