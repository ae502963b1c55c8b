import { serviceAudit, type RecordedEvent } from '@aftersales/event-store';
import type { Money } from '@aftersales/kernel';
import type { CampaignEvent } from './campaign/campaign.decider';
import type { ProductEvent } from './product/product.events';
import type { ClaimEvent } from './supplier-claim/claim.events';
import type { WarrantyEvent } from './warranty/warranty.events';

const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });
const percent = (bp: number) => `${bp / 100} %`;

/** CLM-7: the serial's own history (registration, contracts, exchanges) beside the case. */
function serialStreams(events: readonly RecordedEvent[]): string[] {
  const serials = events.flatMap((e) => {
    const serial = e.type === 'CaseNoted' ? (e.data as { serial?: unknown }).serial : undefined;
    return typeof serial === 'string' ? [`product-${serial}`] : [];
  });
  return [...new Set(serials)];
}

/**
 * AUD-2: how claims tells warranty, service class and the supplier claim of a case (CLM-1..7).
 * Warranty and claim streams are the case's; product and campaign streams are shared.
 */
export const claimsAudit = serviceAudit<ClaimEvent | WarrantyEvent | ProductEvent | CampaignEvent>({
  caseStreams: ['warranty', 'claim'],
  relatedStreams: serialStreams,
  describe: {
    CaseNoted: (d) => ({
      summary: `case noted for serial ${d.serial} (${d.model}), ${d.kind}${d.customerDamage ? ', customer damage claimed' : ''}`,
      kind: 'fact',
      refs: { serial: d.serial },
    }),
    WarrantyAssessed: (d) => ({
      summary: `warranty assessed: ${d.standing}, service class ${d.serviceClass}${d.corrects ? ` (correcting ${d.corrects})` : ''}${d.humanDamage ? ', human damage' : ''} (CLM-1, CLM-3)`,
      kind: 'decision',
      reason: d.reason,
      refs: { serial: d.serial, ...(d.contractId ? { contractId: d.contractId } : {}) },
    }),
    ServiceClassified: (d) => ({
      summary: `service classified ${d.serviceClass}${d.corrects ? ` (correcting ${d.corrects})` : ''} (CLM-3)`,
      kind: 'decision',
      reason: d.reason,
    }),
    AttributionNoted: (d) => ({
      summary: `attribution ${d.attributionId} noted: ${d.shares.map((s) => `${s.partyKey} ${percent(s.shareBp)}`).join(', ')}`,
      kind: 'fact',
      refs: { attributionId: d.attributionId, inspectionId: d.inspectionId },
    }),
    VisitNoted: (d) => ({
      summary: `visit ${d.visitId}: ${d.what}`,
      kind: 'fact',
      refs: { visitId: d.visitId },
    }),
    PartsDueForRecovery: (d) => ({
      summary: `old parts due for recovery: ${d.parts.map((p) => `${p.qty}× ${p.partNo}`).join(', ')} (CLM-5)`,
      kind: 'fact',
    }),
    PartsRecovered: (d) => ({ summary: `${d.qty}× ${d.partNo} recovered (CLM-5)`, kind: 'fact' }),
    ApprovedCostNoted: (d) => ({
      summary: `approved cost ${d.costId} noted for the supplier claim`,
      kind: 'fact',
      refs: { costId: d.costId },
      money: [{ kind: 'cost-approved', amount: amount(d.amount) }],
    }),
    SupplierClaimIssued: (d) => ({
      summary: `supplier claim notice ${d.claimId} (索赔通知书) to ${d.supplierId} for ${percent(d.shareBp)} of the approved costs, respond by ${d.respondBy} (CLM-4)`,
      kind: 'decision',
      reason: d.problem,
      refs: { claimId: d.claimId, attributionId: d.attributionId, supplierId: d.supplierId },
      money: [{ kind: 'claimed', amount: amount(d.amount) }],
    }),
    SupplierClaimAmended: (d) => ({
      summary: `supplier claim ${d.claimId} amended to ${percent(d.shareBp)} under attribution ${d.attributionId} (CLM-4)`,
      kind: 'decision',
      refs: { claimId: d.claimId, attributionId: d.attributionId },
      money: [{ kind: 'claimed', amount: amount(d.amount) }],
    }),
    SupplierClaimConfirmed: (d) => ({
      summary: `supplier claim ${d.claimId} confirmed (${d.confirmedBy}) (CLM-4)`,
      kind: 'decision',
      refs: { claimId: d.claimId },
      money: [{ kind: 'claim-confirmed', amount: amount(d.amount) }],
    }),
    SupplierClaimDisputed: (d) => ({
      summary: `supplier ${d.supplierId} disputes claim ${d.claimId} (CLM-4, QC-4)`,
      kind: 'decision',
      reason: d.reason,
      refs: { claimId: d.claimId },
    }),
    SupplierClaimWithdrawn: (d) => ({
      summary: `supplier claim ${d.claimId} withdrawn`,
      kind: 'decision',
      reason: d.reason,
      refs: { claimId: d.claimId, attributionId: d.attributionId },
    }),
    ProductRegistered: (d) => ({
      summary: `serial ${d.serial} (${d.model}) registered from ${d.source}`,
      kind: 'fact',
    }),
    ProductDetailsChanged: (d) => ({
      summary: `serial ${d.serial}: details changed from ${d.source}`,
      kind: 'fact',
    }),
    ContractAdded: (d) => ({
      summary: `${d.kind} contract ${d.contractId} ${d.startsOn} – ${d.endsOn} on ${d.serial} (CLM-2)`,
      kind: 'decision',
    }),
    ContractExpiryNotified: (d) => ({
      summary: `contract ${d.contractId} expiry on ${d.endsOn} notified (CLM-2)`,
      kind: 'fact',
    }),
    ReplacementLinked: (d) => ({
      summary: `serial ${d.serial} replaces ${d.replaces} (return ${d.rmaId}), warranty from ${d.warrantyStartsOn} (CLM-7)`,
      kind: 'fact',
      refs: { rmaId: d.rmaId },
    }),
    ReplacedBy: (d) => ({
      summary: `serial ${d.serial} replaced by ${d.replacement} (return ${d.rmaId}) (CLM-7)`,
      kind: 'fact',
      refs: { rmaId: d.rmaId },
    }),
    CampaignProposed: (d) => ({
      summary: `${d.kind} campaign ${d.campaignId} proposed: ${d.title} (CLM-6)`,
      kind: 'decision',
      refs: { proposedBy: d.proposedBy },
    }),
    CampaignApproved: (d) => ({
      summary: `campaign ${d.campaignId} approved (CLM-6)`,
      kind: 'decision',
      decidedBy: { userId: d.approvedBy, role: d.approverRole },
    }),
    CampaignCaseLinked: (d) => ({
      summary: `case linked to campaign ${d.campaignId} (CLM-6)`,
      kind: 'decision',
    }),
    CampaignSerialsAdded: (d) => ({
      summary: `${d.serials.length} serials added to campaign ${d.campaignId} (CLM-6)`,
      kind: 'fact',
    }),
  },
});
