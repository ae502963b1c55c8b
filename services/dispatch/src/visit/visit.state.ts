import type { Money } from '@aftersales/kernel';
import type { ServiceClass, StaffHome, Urgency, Zone } from '../dispatch.vocabulary';
import type { ArrivalDeadline, PricedPartLine, VisitEvent, VisitProblem, VisitProduct } from './visit.events';

/** Every status a visit takes: the list filter and the answers' schema take theirs from here. */
export const VISIT_STATUSES = [
  'unassigned',
  'assigned',
  'en-route',
  'on-site',
  'completed',
  'in-repair',
  'repaired',
  'returned',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

type DueArrival = Extract<ArrivalDeadline, { status: 'due' }>;

/**
 * DSP-2 the arrival deadline as it stands: still due, met or missed (with the arrival, once
 * recorded), or void because the visit was cancelled first; or no deadline set.
 */
export type ArrivalStanding =
  | ArrivalDeadline
  | (Omit<DueArrival, 'status'> & { readonly status: 'met'; readonly arrivedAt: string })
  | (Omit<DueArrival, 'status'> & { readonly status: 'missed'; readonly arrivedAt?: string })
  | (Omit<DueArrival, 'status'> & { readonly status: 'cancelled' });

/** The instant the visit was (or is) due on site, whatever has happened since. */
export function arrivalDueAt(arrival: ArrivalStanding): string | undefined {
  return 'dueAt' in arrival ? arrival.dueAt : undefined;
}

function arrivedAgainst(
  arrival: ArrivalStanding,
  arrivedAt: string,
  withinDeadline?: boolean,
): ArrivalStanding {
  if (arrival.status !== 'due' && arrival.status !== 'missed') return arrival;
  const { status, ...deadline } = arrival;
  return status === 'missed' || withinDeadline === false
    ? { ...deadline, status: 'missed', arrivedAt }
    : { ...deadline, status: 'met', arrivedAt };
}

export type VisitState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly visitId: string;
      readonly caseId: string;
      readonly caseNumber: string;
      readonly branch: string;
      readonly zone: Zone;
      readonly urgency: Urgency;
      readonly product: VisitProduct;
      readonly problem: VisitProblem;
      readonly acceptedAt: string;
      readonly confirmedAt?: string;
      readonly serviceClass?: ServiceClass;
      readonly arrival: ArrivalStanding;
      readonly status: VisitStatus;
      readonly engineerId?: string;
      readonly engineerHome?: StaffHome;
      /** DSP-5 the morning it is to be dispatched first, when flagged. */
      readonly flaggedForMorningOf?: string;
      readonly departedAt?: string;
      readonly arrivedAt?: string;
      readonly arrivalMissed: boolean;
      readonly findings?: string;
      readonly workDone?: string;
      readonly parts: readonly PricedPartLine[];
      readonly usageIds: readonly string[];
      /** DSP-3 uses whose parts the engineer's stock did not hold (PartsShortfallRecorded). */
      readonly shortfallUsageIds: readonly string[];
      readonly labourMinutes: number;
      readonly receiptNo?: string;
      readonly registerEntryNo?: string;
      readonly repairCardNo?: string;
      readonly repairMinutes: number;
      readonly repairParts: readonly PricedPartLine[];
      readonly promise?: { readonly promisedBy: string; readonly escalateAt: string };
      readonly escalatedFor?: string;
      readonly feeCollected?: Money;
      readonly invoiceRequested?: Money;
      /** Cost ids already recorded, so a repeated command records nothing twice. */
      readonly costIds: readonly string[];
    };

export type ExistingVisit = Extract<VisitState, { exists: true }>;

export const initialVisitState: VisitState = { exists: false };

export function evolveVisit(state: VisitState, event: VisitEvent): VisitState {
  if (event.type === 'VisitOpened') {
    const d = event.data;
    return {
      exists: true,
      visitId: d.visitId,
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      branch: d.branch,
      zone: d.customer.zone,
      urgency: d.urgency,
      product: d.product,
      problem: d.problem,
      acceptedAt: d.acceptedAt,
      ...(d.confirmedAt ? { confirmedAt: d.confirmedAt } : {}),
      ...(d.serviceClass ? { serviceClass: d.serviceClass } : {}),
      arrival: d.arrival,
      status: 'unassigned',
      arrivalMissed: false,
      parts: [],
      usageIds: [],
      shortfallUsageIds: [],
      labourMinutes: 0,
      repairMinutes: 0,
      repairParts: [],
      costIds: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'AppointmentConfirmed':
      return { ...state, confirmedAt: event.data.confirmedAt, arrival: event.data.arrival };
    case 'ServiceClassRecorded':
      return { ...state, serviceClass: event.data.serviceClass };
    case 'EngineerAssigned':
      return {
        ...state,
        status: 'assigned',
        engineerId: event.data.engineerId,
        engineerHome: event.data.engineerHome,
      };
    case 'EngineerReassigned':
      return {
        ...state,
        // A new engineer departs again; one already on site keeps the visit on site.
        status: state.status === 'on-site' ? 'on-site' : 'assigned',
        engineerId: event.data.engineerId,
        engineerHome: event.data.engineerHome,
      };
    case 'RequestFlaggedForMorningDispatch':
      return { ...state, flaggedForMorningOf: event.data.dispatchFirstAt };
    case 'VisitStarted':
      return { ...state, status: 'en-route', departedAt: event.data.departedAt };
    case 'EngineerArrived':
      return {
        ...state,
        status: 'on-site',
        arrivedAt: event.data.arrivedAt,
        arrival: arrivedAgainst(state.arrival, event.data.arrivedAt, event.data.withinDeadline),
      };
    case 'ArrivalDeadlineMissed':
      return {
        ...state,
        arrivalMissed: true,
        arrival: state.arrival.status === 'due' ? { ...state.arrival, status: 'missed' } : state.arrival,
      };
    case 'FindingsRecorded':
      return { ...state, findings: event.data.findings };
    case 'WorkDoneRecorded':
      return { ...state, workDone: event.data.workDone };
    case 'PartsUsedOnVisit':
      return {
        ...state,
        parts: [...state.parts, ...event.data.parts],
        usageIds: [...state.usageIds, event.data.usageId],
      };
    case 'PartsShortfallRecorded':
      return { ...state, shortfallUsageIds: [...state.shortfallUsageIds, event.data.usageId] };
    case 'LabourRecorded':
      return { ...state, labourMinutes: state.labourMinutes + event.data.minutes };
    case 'CostIncurred':
      return { ...state, costIds: [...state.costIds, event.data.costId] };
    case 'VisitCompleted':
      return { ...state, status: 'completed' };
    case 'ProductTakenBack':
      return {
        ...state,
        status: 'in-repair',
        receiptNo: event.data.receiptNo,
        registerEntryNo: event.data.registerEntryNo,
        repairCardNo: event.data.repairCardNo,
      };
    case 'RepairCardEntryRecorded':
      return {
        ...state,
        repairMinutes: state.repairMinutes + event.data.minutes,
        repairParts: [...state.repairParts, ...event.data.parts],
      };
    case 'RepairCompleted':
      return { ...state, status: 'repaired' };
    case 'ProductReturnedToCustomer':
      return { ...state, status: 'returned' };
    case 'RepairPromised':
      return { ...state, promise: { promisedBy: event.data.promisedBy, escalateAt: event.data.escalateAt } };
    case 'RepairEscalated':
      return { ...state, escalatedFor: event.data.promisedBy };
    case 'ServiceFeeCollected':
      return { ...state, feeCollected: event.data.amount };
    case 'InvoiceRequested':
      return { ...state, invoiceRequested: event.data.amount };
    case 'VisitCancelled':
      return {
        ...state,
        status: 'cancelled',
        arrival: state.arrival.status === 'due' ? { ...state.arrival, status: 'cancelled' } : state.arrival,
      };
  }
}

/** Statuses after which nothing more happens on site. */
export const CLOSED_STATUSES: readonly VisitStatus[] = ['completed', 'returned', 'cancelled'];
