import { serviceAudit, type AuditEvidence } from '@aftersales/event-store';
import type { Money } from '@aftersales/kernel';
import type { CustomerSignature } from '../dispatch.vocabulary';
import type { PricedPartLine, VisitEvent } from './visit.events';

const signed = (s: CustomerSignature): AuditEvidence => ({
  kind: s.method,
  ref: `signed by ${s.signedBy} at ${s.signedAt}`,
});
const parts = (lines: readonly PricedPartLine[]) => lines.map((l) => `${l.qty}× ${l.partNo}`).join(', ');
const amount = (m: Money) => ({ amountMinor: m.amountMinor, currency: m.currency });

/**
 * AUD-2: how dispatch's visits tell a case's story. Visit streams are shown whole (most of their
 * events name only the visit); engineer streams never name a case.
 */
export const dispatchAudit = serviceAudit<VisitEvent>({
  caseStreams: ['visit'],
  describe: {
    VisitOpened: (d) => ({
      summary: `service request opened for ${d.product.model} ${d.product.serialNumber}, ${d.urgency}, zone ${d.customer.zone} (DSP-1)`,
      kind: 'fact',
      reason: d.problem.description,
      refs: { visitId: d.visitId },
    }),
    AppointmentConfirmed: (d) => ({
      summary: `appointment confirmed for ${d.confirmedAt} (DSP-2)`,
      kind: 'decision',
    }),
    ServiceClassRecorded: (d) => ({
      summary: `service class ${d.serviceClass} recorded (CLM-3)`,
      kind: 'fact',
    }),
    EngineerAssigned: (d) => ({
      summary: `engineer ${d.engineerId} assigned by the ${d.assignedBy} (DSP-1)`,
      kind: 'decision',
      ...(d.reason ? { reason: d.reason } : {}),
      refs: { visitId: d.visitId, engineerId: d.engineerId },
    }),
    EngineerReassigned: (d) => ({
      summary: `reassigned from ${d.previousEngineerId} to ${d.engineerId} by the ${d.assignedBy}`,
      kind: 'decision',
      reason: d.reason,
      refs: { visitId: d.visitId, engineerId: d.engineerId },
    }),
    RequestFlaggedForMorningDispatch: (d) => ({
      summary: `left undispatched: first in the queue at ${d.dispatchFirstAt} (DSP-5)`,
      kind: 'fact',
    }),
    VisitStarted: (d) => ({ summary: `engineer ${d.engineerId} departed (DSP-3)`, kind: 'fact' }),
    EngineerArrived: (d) => ({
      summary: `engineer ${d.engineerId} arrived after ${d.travelMinutes} min${d.withinDeadline === undefined ? '' : d.withinDeadline ? ', within the arrival deadline' : ', after the arrival deadline'} (DSP-2)`,
      kind: 'fact',
    }),
    ArrivalDeadlineMissed: (d) => ({ summary: `arrival deadline ${d.dueAt} missed (DSP-2)`, kind: 'fact' }),
    FindingsRecorded: (d) => ({
      summary: 'on-site findings recorded (DSP-3)',
      kind: 'decision',
      reason: d.findings,
    }),
    WorkDoneRecorded: (d) => ({ summary: 'work done recorded (DSP-3)', kind: 'fact', reason: d.workDone }),
    PartsUsedOnVisit: (d) => ({ summary: `parts used: ${parts(d.parts)}`, kind: 'fact' }),
    PartsShortfallRecorded: (d) => ({
      summary: `parts short in ${d.engineerId}'s stock: ${d.short.map((s) => s.partNo).join(', ')}`,
      kind: 'fact',
    }),
    LabourRecorded: (d) => ({
      summary: `${d.minutes} min of ${d.workKind} by ${d.engineerId}`,
      kind: 'fact',
    }),
    CostIncurred: (d) => ({
      summary: `cost ${d.category}: ${d.description}, borne ${d.bearer === 'by-attribution' ? 'by the attribution in force' : `by the ${d.bearer}`} (FIN-1, FIN-2)`,
      kind: 'fact',
      refs: { costId: d.costId, visitId: d.visitId },
      money: [{ kind: 'cost-recorded', amount: amount(d.amount) }],
    }),
    VisitCompleted: (d) => ({
      summary: `visit completed${d.firstTimeFix ? ', fixed first time' : ', not fixed first time'}; service voucher ${d.voucherNo} (DSP-3)`,
      kind: 'decision',
      reason: d.findings,
      evidence: [signed(d.signature)],
      refs: { voucherNo: d.voucherNo },
    }),
    ProductTakenBack: (d) => ({
      summary: `product taken back: receipt ${d.receiptNo}, register ${d.registerEntryNo}, repair card ${d.repairCardNo} (DSP-4)`,
      kind: 'decision',
      reason: d.symptom.findings,
      refs: { receiptNo: d.receiptNo, repairCardNo: d.repairCardNo },
    }),
    RepairCardEntryRecorded: (d) => ({
      summary: `repair card ${d.repairCardNo}: ${d.minutes} min${d.parts.length ? `, ${parts(d.parts)}` : ''} (DSP-4)`,
      kind: 'fact',
      ...(d.note ? { reason: d.note } : {}),
    }),
    RepairCompleted: (d) => ({
      summary: `repair completed in ${d.totalMinutes} min (DSP-4)`,
      kind: 'decision',
      reason: d.outcome,
    }),
    ProductReturnedToCustomer: (d) => ({
      summary: `product returned to the customer, receipt ${d.receiptNo} voided (DSP-4)`,
      kind: 'fact',
      evidence: [signed(d.signature)],
    }),
    RepairPromised: (d) => ({ summary: `repair promised by ${d.promisedBy}`, kind: 'decision' }),
    RepairEscalated: (d) => ({
      summary: `repair promised by ${d.promisedBy} escalated to the ${d.escalatedTo} (DSP-5)`,
      kind: 'fact',
    }),
    ServiceFeeCollected: (d) => ({
      summary: `service fee collected, receipt ${d.receiptNo} (DSP-7)`,
      kind: 'fact',
      decidedBy: { userId: d.collectedBy, role: 'engineer' },
      money: [{ kind: 'collected', amount: amount(d.amount) }],
    }),
    InvoiceRequested: (d) => ({
      summary: `invoice requested for ${d.invoiceDate}: ${d.description} (FIN-5)`,
      kind: 'fact',
      money: [{ kind: 'invoiced', amount: amount(d.amount) }],
    }),
    VisitCancelled: (d) => ({ summary: 'visit cancelled', kind: 'decision', reason: d.reason }),
  },
});
