import type { Money } from '@aftersales/kernel';
import type {
  CostCategory,
  CustomerSignature,
  ServiceClass,
  StaffHome,
  Urgency,
  WorkKind,
  Zone,
} from '../dispatch.vocabulary';

/**
 * The visit aggregate's internal events (stream `visit-<visitId>`): one service request of a
 * case, from opening through the on-site visit and, when taken back, the workshop repair.
 * Mapped to public contracts before leaving dispatch.
 */
export type VisitEvent =
  | VisitOpened
  | AppointmentConfirmed
  | ServiceClassRecorded
  | EngineerAssigned
  | EngineerReassigned
  | RequestFlaggedForMorningDispatch
  | VisitStarted
  | EngineerArrived
  | ArrivalDeadlineMissed
  | FindingsRecorded
  | WorkDoneRecorded
  | PartsUsedOnVisit
  | PartsShortfallRecorded
  | LabourRecorded
  | CostIncurred
  | VisitCompleted
  | ProductTakenBack
  | RepairCardEntryRecorded
  | RepairCompleted
  | ProductReturnedToCustomer
  | RepairPromised
  | RepairEscalated
  | ServiceFeeCollected
  | InvoiceRequested
  | VisitCancelled;

export interface VisitProduct {
  readonly model: string;
  readonly serialNumber: string;
  /** The product line an engineer needs as a skill (DSP-1). */
  readonly productLine: string;
}

export interface VisitProblem {
  /** INT-1 the customer's own words, as registered by intake. */
  readonly description: string;
  readonly symptomCode?: string;
}

/** DSP-2 the arrival deadline of a visit, with the rule that produced it. */
export type ArrivalDeadline =
  | {
      readonly status: 'due';
      readonly dueAt: string;
      readonly source: string;
      readonly counted: 'calendar-time' | 'working-time';
      readonly from: 'accepted' | 'confirmed';
    }
  | { readonly status: 'awaiting-confirmation'; readonly source: string }
  | { readonly status: 'none' };

/** A part used, priced for finance (FIN-1, FIN-9). */
export interface PricedPartLine {
  readonly partNo: string;
  readonly qty: number;
  readonly unitCost: Money;
}

export type VisitOpened = {
  readonly type: 'VisitOpened';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly caseNumber: string;
    readonly branch: string;
    /** AUD-4: the address itself stays with intake; dispatch keeps a reference and the zone. */
    readonly customer: { readonly customerId: string; readonly addressRef: string; readonly zone: Zone };
    readonly product: VisitProduct;
    readonly problem: VisitProblem;
    readonly urgency: Urgency;
    readonly acceptedAt: string;
    readonly confirmedAt?: string;
    readonly serviceClass?: ServiceClass;
    readonly arrival: ArrivalDeadline;
    readonly openedAt: string;
  };
};

/** DSP-2 the visit time was confirmed with the customer; standard visits are due from here. */
export type AppointmentConfirmed = {
  readonly type: 'AppointmentConfirmed';
  readonly data: {
    readonly visitId: string;
    readonly confirmedAt: string;
    readonly arrival: ArrivalDeadline;
  };
};

/** CLM-3 the class claims decided for this service (decides DSP-7 paid service). */
export type ServiceClassRecorded = {
  readonly type: 'ServiceClassRecorded';
  readonly data: { readonly visitId: string; readonly serviceClass: ServiceClass };
};

export interface Assignment {
  readonly engineerId: string;
  /** FIN-2 the engineer's home, copied for costing. */
  readonly engineerHome: StaffHome;
  readonly assignedBy: 'dispatcher' | 'auto-assigner';
  readonly reason?: string;
}

/** DSP-1 an engineer of the case's branch with the product line's skill was assigned. */
export type EngineerAssigned = {
  readonly type: 'EngineerAssigned';
  readonly data: Assignment & {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly assignedAt: string;
  };
};

export type EngineerReassigned = {
  readonly type: 'EngineerReassigned';
  readonly data: Assignment & {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly previousEngineerId: string;
    readonly reason: string;
    readonly reassignedAt: string;
  };
};

/** DSP-5 left undispatched at the end of the branch's working day: dispatch first next morning. */
export type RequestFlaggedForMorningDispatch = {
  readonly type: 'RequestFlaggedForMorningDispatch';
  readonly data: {
    readonly visitId: string;
    readonly branch: string;
    readonly flaggedAt: string;
    readonly dispatchFirstAt: string;
  };
};

/** DSP-3 the engineer departed for the site. */
export type VisitStarted = {
  readonly type: 'VisitStarted';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly engineerId: string;
    readonly departedAt: string;
  };
};

/** DSP-2/DSP-3 the engineer arrived; whether within the arrival deadline is recorded for KPI-1. */
export type EngineerArrived = {
  readonly type: 'EngineerArrived';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly engineerId: string;
    readonly arrivedAt: string;
    readonly dueAt?: string;
    readonly withinDeadline?: boolean;
    /** From departure to arrival: the travel hours of the daily report (DSP-6). */
    readonly travelMinutes: number;
  };
};

export type ArrivalDeadlineMissed = {
  readonly type: 'ArrivalDeadlineMissed';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly dueAt: string;
    readonly detectedAt: string;
    readonly engineerId?: string;
  };
};

/** DSP-3 cause analysis. */
export type FindingsRecorded = {
  readonly type: 'FindingsRecorded';
  readonly data: { readonly visitId: string; readonly findings: string; readonly recordedAt: string };
};

export type WorkDoneRecorded = {
  readonly type: 'WorkDoneRecorded';
  readonly data: { readonly visitId: string; readonly workDone: string; readonly recordedAt: string };
};

/** DSP-3 parts used on site, from the engineer's stock (the engineer stream records the decrement). */
export type PartsUsedOnVisit = {
  readonly type: 'PartsUsedOnVisit';
  readonly data: {
    readonly visitId: string;
    readonly usageId: string;
    readonly engineerId: string;
    readonly parts: readonly PricedPartLine[];
    readonly recordedAt: string;
  };
};

/** A part of a recorded use the engineer's stock did not hold. */
export interface ShortPart {
  readonly partNo: string;
  readonly used: number;
  readonly onHand: number;
}

/**
 * DSP-3 the engineer's stock held less than a use recorded on this visit (a concurrent use took
 * it first): nothing of this use was taken from stock, the visit's parts and costs stand, and the
 * stock is to be counted and corrected by a receipt. Compensates the PartsUsedOnVisit of `usageId`.
 */
export type PartsShortfallRecorded = {
  readonly type: 'PartsShortfallRecorded';
  readonly data: {
    readonly visitId: string;
    readonly usageId: string;
    readonly engineerId: string;
    readonly short: readonly ShortPart[];
    readonly recordedAt: string;
  };
};

/** DSP-3 labour hours, DSP-6 kind of work. */
export type LabourRecorded = {
  readonly type: 'LabourRecorded';
  readonly data: {
    readonly visitId: string;
    readonly branch: string;
    readonly engineerId: string;
    readonly workKind: WorkKind;
    readonly minutes: number;
    readonly recordedAt: string;
  };
};

/**
 * FIN-1 a cost this visit incurred, for finance. FIN-2: travel, accommodation and allowance are
 * borne by the staff member's home (their branch or head office); parts and labour follow the
 * service class and the attribution in force (FIN-3, FIN-4), which finance decides.
 */
export type CostIncurred = {
  readonly type: 'CostIncurred';
  readonly data: {
    readonly costId: string;
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly category: CostCategory;
    readonly amount: Money;
    readonly staffId?: string;
    readonly staffHome?: StaffHome;
    readonly bearer: 'branch' | 'head-office' | 'by-attribution';
    readonly description: string;
    readonly incurredAt: string;
  };
};

/** DSP-3 the visit ended with the customer's signature on the service voucher. */
export type VisitCompleted = {
  readonly type: 'VisitCompleted';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly engineerId: string;
    readonly voucherNo: string;
    readonly findings: string;
    readonly workDone: string;
    readonly parts: readonly PricedPartLine[];
    readonly labourMinutes: number;
    /** KPI target 100 %. */
    readonly firstTimeFix: boolean;
    readonly signature: CustomerSignature;
    readonly completedAt: string;
  };
};

/**
 * DSP-4 the product could not be fixed on site: taken back against a product receipt, logged
 * in the product in/out register, repair card opened. QC-1: quality inspection opens on it, so
 * it carries what QC needs.
 */
export type ProductTakenBack = {
  readonly type: 'ProductTakenBack';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly caseNumber: string;
    readonly branch: string;
    readonly engineerId: string;
    readonly receiptNo: string;
    readonly registerEntryNo: string;
    readonly repairCardNo: string;
    readonly product: VisitProduct;
    readonly symptom: VisitProblem & { readonly findings: string };
    readonly takenBackAt: string;
  };
};

/** DSP-4 the repair card records actual hours and parts. */
export type RepairCardEntryRecorded = {
  readonly type: 'RepairCardEntryRecorded';
  readonly data: {
    readonly visitId: string;
    readonly branch: string;
    readonly repairCardNo: string;
    readonly engineerId: string;
    readonly minutes: number;
    readonly parts: readonly PricedPartLine[];
    readonly note?: string;
    readonly recordedAt: string;
  };
};

export type RepairCompleted = {
  readonly type: 'RepairCompleted';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly repairCardNo: string;
    readonly totalMinutes: number;
    readonly parts: readonly PricedPartLine[];
    readonly outcome: string;
    readonly completedAt: string;
  };
};

/** DSP-4 returned against the customer's signature; the receipt is voided, the return date recorded. */
export type ProductReturnedToCustomer = {
  readonly type: 'ProductReturnedToCustomer';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly receiptNo: string;
    readonly receiptVoided: true;
    readonly registerEntryNo: string;
    readonly signature: CustomerSignature;
    readonly returnedAt: string;
    /** Local date of the return in the branch's time zone. */
    readonly returnDate: string;
  };
};

/** DSP-5 the repair date promised to the customer, and when escalation is due if not done by then. */
export type RepairPromised = {
  readonly type: 'RepairPromised';
  readonly data: {
    readonly visitId: string;
    readonly promisedBy: string;
    readonly escalateAt: string;
    readonly promisedAt: string;
  };
};

/** DSP-5 the repair will miss its promised date: escalated to the service director before it passes. */
export type RepairEscalated = {
  readonly type: 'RepairEscalated';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly caseNumber: string;
    readonly branch: string;
    readonly promisedBy: string;
    readonly escalatedTo: 'service-director';
    readonly escalatedAt: string;
  };
};

/** DSP-7 a small fee collected on site, to be handed to the cashier. */
export type ServiceFeeCollected = {
  readonly type: 'ServiceFeeCollected';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly amount: Money;
    readonly receiptNo: string;
    readonly collectedBy: string;
    readonly collectedAt: string;
  };
};

/** DSP-7/FIN-5 paid service not collected on site: finance invoices it the same day. */
export type InvoiceRequested = {
  readonly type: 'InvoiceRequested';
  readonly data: {
    readonly visitId: string;
    readonly caseId: string;
    readonly branch: string;
    readonly amount: Money;
    readonly description: string;
    /** FIN-5 local date (branch zone) the invoice is due to be issued: the day of service or delivery. */
    readonly invoiceDate: string;
    readonly requestedAt: string;
  };
};

export type VisitCancelled = {
  readonly type: 'VisitCancelled';
  readonly data: { readonly visitId: string; readonly reason: string; readonly cancelledAt: string };
};
