import {
  asContractEvent,
  type ContractEvent,
  type PublicEvents,
  type PublicEventType,
} from '@aftersales/contracts';
import { requestContext } from '@aftersales/kernel';
import type { ConsumedEvent } from '@aftersales/messaging';
import type { CaseCommands } from '../case/case-commands';
import { derivedUuid } from '../case/derived-id';

type Downstream = Exclude<PublicEventType, `intake.${string}`>;

const money = ({ amountMinor, currency }: { amountMinor: number; currency: string }) => {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
  return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
};

/** `department:production (70 %), supplier:SUP-7 (30 %)`: basis points as percent. */
const shareTable = (shares: readonly { partyKey: string; shareBp: number }[]) =>
  shares.map((s) => `${s.partyKey} (${s.shareBp / 100} %)`).join(', ');

/**
 * How each downstream milestone reads on the case's timeline, as a sentence a user can read.
 * Typed by the contracts: a new public event of another service fails to compile here until it
 * has its sentence, and a renamed field fails to compile.
 */
const SENTENCES: { readonly [T in Downstream]: (p: PublicEvents[T]) => string } = {
  'dispatch.engineer-assigned.v1': (p) =>
    p.reassigned
      ? `Visit reassigned to engineer ${p.engineerId}${p.reason ? `: ${p.reason}` : ''}.`
      : `Engineer ${p.engineerId} assigned.`,
  'dispatch.visit-started.v1': (p) => `Engineer ${p.engineerId} set off for the site.`,
  'dispatch.engineer-arrived.v1': (p) =>
    p.withinDeadline === false ? 'Engineer arrived on site, late.' : 'Engineer arrived on site.',
  'dispatch.arrival-deadline-missed.v1': () => 'Nobody arrived on site by the arrival deadline.',
  'dispatch.visit-completed.v1': (p) =>
    p.firstTimeFix ? 'Visit completed, fixed first time.' : 'Visit completed.',
  'dispatch.product-taken-back.v1': (p) => `Product taken back for repair, receipt ${p.receiptNo}.`,
  'dispatch.repair-completed.v1': () => 'Repair completed.',
  'dispatch.product-returned-to-customer.v1': () => 'Product returned to the customer.',
  'dispatch.repair-escalated.v1': () => 'Repair escalated to the service director.',
  'dispatch.cost-incurred.v1': (p) => `Cost recorded: ${p.category}, ${money(p.amount)}.`,
  'dispatch.invoice-requested.v1': (p) => `Invoice requested: ${money(p.amount)}.`,
  'quality-inspection.inspection-opened.v1': () => 'Quality inspection opened.',
  'quality-inspection.finding-recorded.v1': (p) =>
    p.corrects ? `QC corrected a finding: ${p.failureMode}.` : `QC finding: ${p.failureMode}.`,
  'quality-inspection.responsibility-attributed.v1': (p) =>
    `Responsibility attributed: ${shareTable(p.shares)}.`,
  'quality-inspection.attribution-disputed.v1': (p) =>
    `The responsibility attribution was disputed for ${p.party}.`,
  'quality-inspection.attribution-confirmed.v1': () => 'The disputed attribution was confirmed on review.',
  'quality-inspection.attribution-superseded.v1': (p) =>
    `Responsibility attribution superseded: now ${shareTable(p.shares)}.`,
  'quality-inspection.inspection-signed-off.v1': () => 'Quality inspection signed off.',
  'quality-inspection.return-refused.v1': () =>
    'QC refused the return: the damage was caused by the customer.',
  'quality-inspection.capa-raised.v1': (p) => `Corrective action raised for ${p.ownerDepartment}.`,
  'quality-inspection.capa-overdue.v1': (p) => `Corrective action of ${p.ownerDepartment} is overdue.`,
  'quality-inspection.capa-closed.v1': () => 'Corrective action closed, verified effective.',
  'quality-inspection.unsalable-return-checked.v1': (p) =>
    p.intact
      ? 'QC checked the unsalable return: original quality intact.'
      : 'QC checked the unsalable return: not intact.',
  'warehouse-returns.return-requested.v1': (p) =>
    `${p.reason === 'quality' ? 'Quality return' : 'Unsalable exchange'} requested: ${p.lines.length} line(s), ${money(p.total)}.`,
  'warehouse-returns.return-approved.v1': () => 'Return approved; the customer may ship the goods.',
  'warehouse-returns.return-rejected.v1': (p) =>
    `Return rejected (${p.rule}): ${p.explanation.replace(/[.\s]+$/, '')}.`,
  'warehouse-returns.transport-order-issued.v1': (p) =>
    `Return transport order ${p.orderNo} issued to driver ${p.driverId}, vehicle ${p.vehicle}.`,
  'warehouse-returns.return-received.v1': () => 'Returned goods received at the warehouse.',
  'warehouse-returns.return-stocked-in.v1': (p) =>
    `Return stocked in, receipt ${p.receiptNo}: ${money(p.total)}.`,
  'warehouse-returns.receipt-deadline-missed.v1': (p) =>
    `Return receipt ${p.receiptNo} was not sent to the customer by its deadline.`,
  'warehouse-returns.exchange-shipped.v1': () => 'Replacement goods shipped to the customer.',
  'warehouse-returns.serial-replaced.v1': (p) =>
    `Serial number ${p.faultySerial} replaced by ${p.replacementSerial}.`,
  'warehouse-returns.refund-requested.v1': (p) => `Refund requested: ${money(p.amount)}.`,
  'finance.customer-totals-changed.v1': () => "The customer's purchase and return totals changed.",
  'claims.warranty-assessed.v1': (p) => `Warranty assessed for serial ${p.serial}: ${p.reason}.`,
  'claims.service-classified.v1': (p) =>
    p.corrects
      ? `Service reclassified from ${p.corrects} to ${p.serviceClass}: ${p.reason}.`
      : `Service classified ${p.serviceClass}.`,
  'claims.contract-expiry-notified.v1': (p) =>
    `Customer told maintenance contract ${p.contractId} ends ${p.endsOn}.`,
  'claims.supplier-claim-issued.v1': (p) =>
    `Claim notice issued to supplier ${p.supplierId}: ${money(p.amount)}, answer due ${p.respondBy.slice(0, 10)}.`,
  'claims.supplier-claim-amended.v1': (p) =>
    `Claim on supplier ${p.supplierId} amended to ${money(p.amount)}.`,
  'claims.supplier-claim-confirmed.v1': (p) =>
    p.confirmedBy === 'supplier'
      ? `Supplier ${p.supplierId} confirmed the claim of ${money(p.amount)}.`
      : p.confirmedBy === 'attribution-upheld'
        ? `Claim of ${money(p.amount)} on supplier ${p.supplierId} confirmed: QC upheld the attribution.`
        : `Claim of ${money(p.amount)} on supplier ${p.supplierId} confirmed: the response window passed.`,
  'claims.supplier-claim-disputed.v1': (p) => `Supplier ${p.supplierId} disputed the claim.`,
  'claims.supplier-claim-withdrawn.v1': (p) => `Claim on supplier ${p.supplierId} withdrawn.`,
  'finance.cost-audited.v1': (p) =>
    p.verdict === 'approved'
      ? 'Finance approved a cost.'
      : `Finance rejected a cost: ${p.reason ?? 'no reason given'}.`,
  'finance.chargeback-refunded.v1': (p) =>
    `Finance credited ${money(p.amount)} back to supplier ${p.supplierId}: ${p.reason}.`,
  'finance.entry-posted.v1': (p) =>
    p.cause.kind === 'reversal'
      ? 'Finance reversed an earlier cost allocation.'
      : p.cause.kind === 'allocation'
        ? 'Finance allocated a cost to the responsible parties.'
        : 'Finance posted an approved cost.',
};

function sentenceOf<T extends Downstream>(type: T, payload: PublicEvents[T]): string {
  return SENTENCES[type](payload);
}

/** The sentence of a downstream event on the timeline; never the type name. */
export function timelineSentence(event: ContractEvent): string {
  if (event.type in SENTENCES) return sentenceOf(event.type as Downstream, event.payload as never);
  // A topic added by configuration before its events have sentences: say at least what happened.
  const [service, name] = event.type.split('.');
  const words = name.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${service}).`;
}

/**
 * One case view tells the whole story: a downstream event that names a case intake knows is
 * recorded on that case's timeline. New services plug in by adding their topic to
 * DOWNSTREAM_TOPICS and a sentence above. Event ids derive from the consumed event, so a
 * redelivery appends nothing.
 */
export function downstreamTimelineHandler(commands: CaseCommands) {
  return async (consumed: ConsumedEvent): Promise<void> => {
    const event = asContractEvent(consumed);
    const caseId = 'caseId' in event.payload ? event.payload.caseId : undefined;
    if (caseId === undefined) return;
    const { state } = await commands.load(caseId);
    if (!state.exists) return;
    await requestContext.with({ causationId: event.id, branch: state.branch }, () =>
      commands.execute(
        {
          type: 'RecordTimelineEntry',
          caseId,
          source: event.source?.replace(/^urn:aftersales:/, '') ?? event.type.split('.')[0],
          sourceEventId: event.id,
          sourceEventType: event.type,
          summary: timelineSentence(event),
          occurredAt: event.time ?? commands.clock.now().toISOString(),
        },
        { eventIds: (i) => derivedUuid(`${event.id}:timeline:${i}`) },
      ),
    );
  };
}
