import { asContractEvent } from '@aftersales/contracts';
import { requestContext, RuleViolation, type Money } from '@aftersales/kernel';
import { deriveEventId, type ConsumedEvent } from '@aftersales/messaging';
import type { ClaimsParts } from '../claims.runtime';
import type { ClaimsSettings } from '../claims-settings';
import { warrantyStartOf } from '../product/product.decider';
import { dateIn } from '../warranty/local-dates';
import type { AttributionShare } from '../warranty/warranty.events';

/**
 * Events of services whose contracts are not yet in the registry, read through the fewest fields
 * claims needs (quality-inspection QC-3/QC-4, finance FIN-1, warehouse-returns CLM-7).
 */
interface QcShare {
  readonly party: { readonly kind: AttributionShare['kind']; readonly supplierId?: string };
  readonly partyKey: string;
  readonly shareBp: number;
}
interface ResponsibilityAttributed {
  readonly inspectionId: string;
  readonly caseId?: string;
  readonly branch: string;
  readonly attributionId: string;
  readonly shares: readonly QcShare[];
}
interface AttributionSuperseded {
  readonly inspectionId: string;
  readonly caseId?: string;
  readonly supersededBy: string;
  readonly shares: readonly QcShare[];
}
interface AttributionConfirmed {
  readonly caseId?: string;
  readonly attributionId: string;
  readonly shares: readonly QcShare[];
}
interface CostAudited {
  readonly caseId: string;
  readonly costId: string;
  readonly verdict: 'approved' | 'rejected';
  readonly amount?: Money;
  readonly allocatedByAttribution?: boolean;
}
interface SerialReplaced {
  readonly rmaId: string;
  readonly branch: string;
  readonly model: string;
  readonly faultySerial: string;
  readonly replacementSerial: string;
}

const sharesOf = (shares: readonly QcShare[]): AttributionShare[] =>
  shares.map((s) => ({
    partyKey: s.partyKey,
    kind: s.party.kind,
    ...(s.party.supplierId ? { supplierId: s.party.supplierId } : {}),
    shareBp: s.shareBp,
  }));

/** Every reaction of claims: idempotent, its event ids derived from the consumed event's id. */
export function claimsReactions(parts: ClaimsParts, settings: ClaimsSettings) {
  const { caseClaims, products } = parts;
  const within = (event: ConsumedEvent, run: () => Promise<void>) =>
    requestContext.with(
      { causationId: event.id, ...(event.correlationId ? { correlationId: event.correlationId } : {}) },
      run,
    );

  const intake = (consumed: ConsumedEvent) =>
    within(consumed, async () => {
      const event = asContractEvent(consumed);
      switch (event.type) {
        case 'intake.case-registered.v1': {
          const p = event.payload;
          try {
            // The registry learns serials from intake too (CLM-1), without overwriting its own record.
            await products.execute(
              {
                type: 'RegisterProduct',
                source: 'intake',
                serial: p.product.serialNumber,
                model: p.product.model,
                customerId: p.customerId,
                branch: p.branch,
                ...(p.product.purchaseDate ? { deliveryDate: p.product.purchaseDate } : {}),
                ...(p.product.commissioningDate ? { commissioningDate: p.product.commissioningDate } : {}),
              },
              { eventIds: (i) => deriveEventId(consumed.id, `product#${i}`) },
            );
          } catch (error) {
            if (!(error instanceof RuleViolation)) throw error; // bad dates from intake: the case still counts
          }
          await caseClaims.change(
            {
              type: 'NoteCase',
              caseId: p.caseId,
              caseNumber: p.caseNumber,
              branch: p.branch,
              serial: p.product.serialNumber,
              model: p.product.model,
              kind: p.kind,
              problem: p.problem.description,
              registeredAt: p.registeredAt,
              customerDamage: p.kind === 'non-quality-complaint',
            },
            consumed.id,
          );
          return;
        }
        case 'intake.case-accepted.v1':
          // CLM-3: every accepted case is assessed and classified.
          await caseClaims.reassess(event.payload.caseId, consumed.id, { force: true });
          return;
        default:
          return;
      }
    });

  const dispatch = (consumed: ConsumedEvent) =>
    within(consumed, async () => {
      const event = asContractEvent(consumed);
      // A take-back or a completed visit joins the serial's history (CLM-7) and re-checks the class.
      if (event.type === 'dispatch.product-taken-back.v1')
        await caseClaims.change(
          {
            type: 'NoteVisit',
            caseId: event.payload.caseId,
            visitId: event.payload.visitId,
            what: 'product-taken-back',
            at: event.payload.takenBackAt,
          },
          consumed.id,
        );
      if (event.type === 'dispatch.visit-completed.v1')
        await caseClaims.change(
          {
            type: 'NoteVisit',
            caseId: event.payload.caseId,
            visitId: event.payload.visitId,
            what: 'visit-completed',
            at: event.payload.completedAt,
            parts: event.payload.parts.map(({ partNo, qty }) => ({ partNo, qty })),
            period: dateIn(settings.zoneOf(event.payload.branch), event.payload.completedAt).slice(0, 7),
          },
          consumed.id,
        );
    });

  const quality = (consumed: ConsumedEvent) =>
    within(consumed, async () => {
      if (consumed.type === 'quality-inspection.responsibility-attributed.v1') {
        const p = consumed.payload as ResponsibilityAttributed;
        if (!p.caseId) return; // an inspection of stock, no customer case: nothing to assess or claim
        await caseClaims.change(
          {
            type: 'NoteAttribution',
            caseId: p.caseId,
            branch: p.branch,
            inspectionId: p.inspectionId,
            attributionId: p.attributionId,
            shares: sharesOf(p.shares),
          },
          consumed.id,
        );
      } else if (consumed.type === 'quality-inspection.attribution-confirmed.v1') {
        const p = consumed.payload as AttributionConfirmed;
        if (!p.caseId) return;
        const suppliers = p.shares.filter((s) => s.party.kind === 'supplier').map((s) => s.partyKey);
        await caseClaims.upheld(p.caseId, p.attributionId, suppliers, consumed.id);
      } else if (consumed.type === 'quality-inspection.attribution-superseded.v1') {
        const p = consumed.payload as AttributionSuperseded;
        if (!p.caseId) return;
        await caseClaims.change(
          {
            type: 'NoteAttribution',
            caseId: p.caseId,
            inspectionId: p.inspectionId,
            attributionId: p.supersededBy,
            shares: sharesOf(p.shares),
          },
          consumed.id,
        );
      }
    });

  const finance = (consumed: ConsumedEvent) =>
    within(consumed, async () => {
      const event = asContractEvent(consumed);
      if (event.type === 'finance.chargeback-refunded.v1') {
        // FIN-6: the claim shows what finance credited back of its chargeback, once per refund.
        const p = event.payload;
        await parts.claims.execute(
          {
            type: 'NoteChargebackRefund',
            claimId: p.claimId,
            refundId: consumed.id,
            amount: { ...p.amount },
            attributionId: p.attributionId,
            reason: p.reason,
            refundedAt: p.refundedAt,
          },
          { eventIds: (i) => deriveEventId(consumed.id, `claim-refund#${i}`) },
        );
        return;
      }
      // CLM-4: claims follow the costs finance approved (the audit carries the amount approved).
      if (consumed.type !== 'finance.cost-audited.v1') return;
      const p = consumed.payload as CostAudited;
      if (p.verdict !== 'approved' || !p.amount) return;
      // CLM-4/FIN-2: staff costs stay with the branch or head office; no supplier shares them.
      if (p.allocatedByAttribution === false) return;
      await caseClaims.change(
        { type: 'NoteApprovedCost', caseId: p.caseId, costId: p.costId, amount: p.amount },
        consumed.id,
      );
    });

  const warehouse = (consumed: ConsumedEvent) =>
    within(consumed, async () => {
      if (consumed.type !== 'warehouse-returns.serial-replaced.v1') return;
      const p = consumed.payload as SerialReplaced;
      const { state: faulty } = await products.load(p.faultySerial);
      // CLM-7: the replacement inherits the faulty unit's warranty start, unless the policy says fresh.
      const inherited = settings.replacementWarranty === 'inherit' ? warrantyStartOf(faulty) : undefined;
      await products.execute(
        {
          type: 'LinkReplacement',
          serial: p.replacementSerial,
          replaces: p.faultySerial,
          ...(inherited ? { inheritedStart: inherited } : {}),
          facts: {
            serial: p.replacementSerial,
            model: p.model,
            customerId: faulty.exists ? faulty.customerId : 'unknown',
            branch: p.branch,
          },
          rmaId: p.rmaId,
        },
        { eventIds: (i) => deriveEventId(consumed.id, `replacement#${i}`) },
      );
      if (faulty.exists)
        await products.execute(
          { type: 'MarkReplaced', serial: p.faultySerial, replacement: p.replacementSerial, rmaId: p.rmaId },
          { eventIds: (i) => deriveEventId(consumed.id, `replaced#${i}`) },
        );
    });

  return { intake, dispatch, quality, finance, warehouse };
}
