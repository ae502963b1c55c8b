import type { AggregateCommands } from '@aftersales/cqrs';
import { deriveEventId } from '@aftersales/messaging';
import type { ClaimsSettings } from '../claims-settings';
import type { ProductCommand, ProductContext, ProductState } from '../product/product.decider';
import type { ProductEvent } from '../product/product.events';
import type { WarrantyCommand, WarrantyContext, WarrantyState } from '../warranty/warranty.decider';
import type { WarrantyEvent } from '../warranty/warranty.events';
import type { ClaimCommand, ClaimContext, ClaimState } from './claim.decider';
import type { ClaimEvent } from './claim.events';
import { shareOfCosts } from './claim-amount';

export type ProductCommands = AggregateCommands<ProductCommand, ProductEvent, ProductState, ProductContext>;
export type WarrantyCommands = AggregateCommands<
  WarrantyCommand,
  WarrantyEvent,
  WarrantyState,
  WarrantyContext
>;
export type ClaimCommands = AggregateCommands<ClaimCommand, ClaimEvent, ClaimState, ClaimContext>;

/** A supplier's claim on a case has one id, whichever attribution named it. */
export const claimIdOf = (caseId: string, supplierKey: string): string =>
  deriveEventId(caseId, `supplier-claim:${supplierKey}`);

/** Ids derived from what caused the change, so a redelivered cause appends nothing twice. */
const derived = (causeId: string, name: string) => ({
  eventIds: (i: number) => deriveEventId(causeId, `${name}#${i}`),
});

/**
 * What a case's warranty file means for assessment and claims: re-assesses the service class
 * (CLM-1/CLM-3) and brings every supplier claim of the case in line with the attribution in force
 * and the approved costs (CLM-4): issued or amended for each supplier it names, withdrawn for a
 * supplier it no longer names.
 */
export class CaseClaims {
  constructor(
    private readonly products: ProductCommands,
    private readonly warranties: WarrantyCommands,
    private readonly claims: ClaimCommands,
    private readonly settings: ClaimsSettings,
  ) {}

  /** Applies a change to the case's file, then re-assesses and syncs its claims. */
  async change(command: WarrantyCommand, causeId: string): Promise<void> {
    await this.warranties.execute(command, derived(causeId, `warranty:${command.type}`));
    await this.reassess(command.caseId, causeId);
    await this.syncClaims(command.caseId, causeId);
  }

  /** CLM-1/CLM-3: assesses an accepted case (`force`), or re-assesses one assessed before. */
  async reassess(caseId: string, causeId: string, { force = false } = {}): Promise<WarrantyState> {
    const { state } = await this.warranties.load(caseId);
    if (!state.caseFacts || (!force && state.serviceClass === undefined)) return state;
    const { state: product } = await this.products.load(state.caseFacts.serial);
    const timeZone = this.settings.zoneOf(state.caseFacts.branch);
    const outcome = await this.warranties.execute(
      { type: 'AssessWarranty', caseId, product, timeZone },
      derived(causeId, 'warranty:assess'),
    );
    return outcome.state;
  }

  async syncClaims(caseId: string, causeId: string): Promise<void> {
    const { state } = await this.warranties.load(caseId);
    const attribution = state.attribution;
    if (!attribution) return;
    const inForce = attribution.shares.filter((s) => s.kind === 'supplier');
    const costs = Object.values(state.costs);
    const facts = state.caseFacts;
    const branch = state.branch ?? facts?.branch ?? 'unknown';
    for (const share of inForce) {
      const claimId = claimIdOf(caseId, share.partyKey);
      await this.claims.execute(
        {
          type: 'IssueClaim',
          claimId,
          caseId,
          ...(facts?.caseNumber ? { caseNumber: facts.caseNumber } : {}),
          inspectionId: attribution.inspectionId,
          attributionId: attribution.attributionId,
          branch,
          supplierId: share.supplierId ?? share.partyKey.replace(/^supplier:/, ''),
          shareBp: share.shareBp,
          problem: facts?.problem ?? 'see the quality inspection',
          model: facts?.model ?? 'unknown',
          serial: facts?.serial ?? 'unknown',
          quantity: 1,
          site: branch,
          contact: `claims-office:${branch}`,
          amount: shareOfCosts(costs, attribution.shares, share.partyKey, this.settings.currency),
        },
        derived(causeId, `claim:${claimId}`),
      );
    }
    const inForceKeys = new Set(inForce.map((s) => s.partyKey));
    for (const supplierKey of state.suppliersNamed.filter((k) => !inForceKeys.has(k))) {
      const claimId = claimIdOf(caseId, supplierKey);
      const { state: claim } = await this.claims.load(claimId);
      if (!claim.exists) continue;
      await this.claims.execute(
        {
          type: 'WithdrawClaim',
          claimId,
          reason: `attribution ${attribution.attributionId} no longer names ${supplierKey}`,
          attributionId: attribution.attributionId,
        },
        derived(causeId, `claim:${claimId}:withdraw`),
      );
    }
  }

  /** QC-4 upheld the attribution a supplier disputed: its claim on the case stands. */
  async upheld(
    caseId: string,
    attributionId: string,
    supplierKeys: readonly string[],
    causeId: string,
  ): Promise<void> {
    for (const supplierKey of supplierKeys) {
      const claimId = claimIdOf(caseId, supplierKey);
      const { state } = await this.claims.load(claimId);
      if (!state.exists) continue;
      await this.claims.execute(
        { type: 'UpholdClaim', claimId, attributionId },
        derived(causeId, `claim:${claimId}:upheld`),
      );
    }
  }
}
