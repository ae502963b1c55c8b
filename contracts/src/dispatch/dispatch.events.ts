/**
 * Public events of dispatch, as published on `aftersales.dispatch.events.v1` (payloads only; the
 * envelope travels in CloudEvents headers; key = the case id). Personal data stays in dispatch
 * (AUD-4): customers appear by id, signatures by time and method only. Each type mirrors its
 * JSON Schema in contracts/schemas/dispatch; the registry spec checks both on the same examples.
 */
export type StaffHome = 'branch' | 'head-office';
export type SignatureMethod = 'signature' | 'e-signature';

export interface MoneyV1 {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface PartUsedV1 {
  readonly partNo: string;
  readonly qty: number;
  readonly unitCost: MoneyV1;
}

interface OfVisit {
  readonly visitId: string;
  readonly caseId: string;
  readonly branch: string;
}

export interface EngineerAssignedV1 extends OfVisit {
  readonly engineerId: string;
  readonly engineerHome: StaffHome;
  readonly assignedBy: 'dispatcher' | 'auto-assigner';
  readonly reason?: string;
  /** True for a reassignment (DSP-1: with its reason). */
  readonly reassigned: boolean;
  readonly previousEngineerId?: string;
  readonly assignedAt: string;
}

export interface VisitStartedV1 extends OfVisit {
  readonly engineerId: string;
  readonly departedAt: string;
}

export interface EngineerArrivedV1 extends OfVisit {
  readonly engineerId: string;
  readonly arrivedAt: string;
  readonly dueAt?: string;
  readonly withinDeadline?: boolean;
  readonly travelMinutes: number;
}

export interface ArrivalDeadlineMissedV1 extends OfVisit {
  readonly dueAt: string;
  readonly detectedAt: string;
  readonly engineerId?: string;
}

export interface VisitCompletedV1 extends OfVisit {
  readonly engineerId: string;
  readonly voucherNo: string;
  readonly findings: string;
  readonly workDone: string;
  readonly parts: readonly PartUsedV1[];
  readonly labourMinutes: number;
  readonly firstTimeFix: boolean;
  readonly signedAt: string;
  readonly signatureMethod: SignatureMethod;
  readonly completedAt: string;
}

export interface ProductTakenBackV1 extends OfVisit {
  readonly caseNumber: string;
  readonly engineerId: string;
  readonly receiptNo: string;
  readonly registerEntryNo: string;
  readonly repairCardNo: string;
  readonly product: { readonly model: string; readonly serialNumber: string; readonly productLine: string };
  readonly symptom: {
    readonly description: string;
    readonly symptomCode?: string;
    readonly findings: string;
  };
  readonly takenBackAt: string;
}

export interface RepairCompletedV1 extends OfVisit {
  readonly repairCardNo: string;
  readonly totalMinutes: number;
  readonly parts: readonly PartUsedV1[];
  readonly outcome: string;
  readonly completedAt: string;
}

export interface ProductReturnedToCustomerV1 extends OfVisit {
  readonly receiptNo: string;
  readonly receiptVoided: true;
  readonly registerEntryNo: string;
  readonly signedAt: string;
  readonly signatureMethod: SignatureMethod;
  readonly returnedAt: string;
  /** Local date in the branch's time zone. */
  readonly returnDate: string;
}

export interface RepairEscalatedV1 extends OfVisit {
  readonly caseNumber: string;
  readonly promisedBy: string;
  readonly escalatedTo: 'service-director';
  readonly escalatedAt: string;
}

export interface CostIncurredV1 extends OfVisit {
  readonly costId: string;
  readonly category: 'travel' | 'accommodation' | 'allowance' | 'parts' | 'labour';
  readonly amount: MoneyV1;
  readonly staffId?: string;
  readonly staffHome?: StaffHome;
  readonly bearer: 'branch' | 'head-office' | 'by-attribution';
  readonly description: string;
  readonly incurredAt: string;
}

export interface InvoiceRequestedV1 extends OfVisit {
  readonly amount: MoneyV1;
  readonly description: string;
  readonly invoiceDate: string;
  readonly requestedAt: string;
}

/** Event type → payload, for typed producers and consumers. */
export interface DispatchPublicEvents {
  'dispatch.engineer-assigned.v1': EngineerAssignedV1;
  'dispatch.visit-started.v1': VisitStartedV1;
  'dispatch.engineer-arrived.v1': EngineerArrivedV1;
  'dispatch.arrival-deadline-missed.v1': ArrivalDeadlineMissedV1;
  'dispatch.visit-completed.v1': VisitCompletedV1;
  'dispatch.product-taken-back.v1': ProductTakenBackV1;
  'dispatch.repair-completed.v1': RepairCompletedV1;
  'dispatch.product-returned-to-customer.v1': ProductReturnedToCustomerV1;
  'dispatch.repair-escalated.v1': RepairEscalatedV1;
  'dispatch.cost-incurred.v1': CostIncurredV1;
  'dispatch.invoice-requested.v1': InvoiceRequestedV1;
}
