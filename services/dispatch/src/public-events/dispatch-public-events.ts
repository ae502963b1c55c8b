import type { DispatchPublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent, PublicEventMapper } from '@aftersales/messaging';
import type { VisitEvent } from '../visit/visit.events';

type PublicOf = {
  [T in keyof DispatchPublicEvents]: { type: T; payload: DispatchPublicEvents[T]; key?: string };
}[keyof DispatchPublicEvents];

/** Internal visit events that stay inside dispatch, and why. */
export const PRIVATE_EVENTS: Readonly<Record<string, string>> = {
  VisitOpened: 'carries the customer and address references; intake’s case-accepted already tells downstream',
  AppointmentConfirmed: 'scheduling detail; the arrival is published',
  ServiceClassRecorded: 'echoes claims’ own decision',
  RequestFlaggedForMorningDispatch: 'internal queue order (DSP-5); the assignment is published',
  FindingsRecorded: 'published with visit-completed or product-taken-back',
  WorkDoneRecorded: 'published with visit-completed',
  PartsUsedOnVisit: 'published with visit-completed and as cost-incurred',
  PartsShortfallRecorded: 'stock reconciliation inside dispatch; the parts cost stands as published',
  LabourRecorded: 'published as cost-incurred and in visit-completed',
  RepairCardEntryRecorded: 'published summed in repair-completed',
  RepairPromised: 'internal DSP-5 timer; the escalation is published',
  ServiceFeeCollected: 'cash handed to the branch cashier; no downstream consumer yet',
  VisitCancelled: 'no downstream consumer yet',
};

/**
 * Internal → versioned public contract. Personal data never leaves (AUD-4): the customer's
 * signature travels as time and method only; the address reference not at all.
 */
export function toPublic(event: VisitEvent): PublicOf | undefined {
  switch (event.type) {
    case 'EngineerAssigned': {
      const { visitId, caseId, branch, engineerId, engineerHome, assignedBy, reason, assignedAt } =
        event.data;
      return {
        type: 'dispatch.engineer-assigned.v1',
        payload: {
          visitId,
          caseId,
          branch,
          engineerId,
          engineerHome,
          assignedBy,
          ...(reason ? { reason } : {}),
          reassigned: false,
          assignedAt,
        },
      };
    }
    case 'EngineerReassigned': {
      const d = event.data;
      return {
        type: 'dispatch.engineer-assigned.v1',
        payload: {
          visitId: d.visitId,
          caseId: d.caseId,
          branch: d.branch,
          engineerId: d.engineerId,
          engineerHome: d.engineerHome,
          assignedBy: d.assignedBy,
          reason: d.reason,
          reassigned: true,
          previousEngineerId: d.previousEngineerId,
          assignedAt: d.reassignedAt,
        },
      };
    }
    case 'VisitStarted':
      return { type: 'dispatch.visit-started.v1', payload: event.data };
    case 'EngineerArrived':
      return { type: 'dispatch.engineer-arrived.v1', payload: event.data };
    case 'ArrivalDeadlineMissed':
      return { type: 'dispatch.arrival-deadline-missed.v1', payload: event.data };
    case 'VisitCompleted': {
      const { signature, parts, ...rest } = event.data;
      return {
        type: 'dispatch.visit-completed.v1',
        payload: {
          ...rest,
          parts: parts.map(({ partNo, qty, unitCost }) => ({ partNo, qty, unitCost })),
          signedAt: signature.signedAt,
          signatureMethod: signature.method,
        },
      };
    }
    case 'ProductTakenBack':
      return { type: 'dispatch.product-taken-back.v1', payload: event.data };
    case 'RepairCompleted': {
      const { parts, ...rest } = event.data;
      return {
        type: 'dispatch.repair-completed.v1',
        payload: { ...rest, parts: parts.map(({ partNo, qty, unitCost }) => ({ partNo, qty, unitCost })) },
      };
    }
    case 'ProductReturnedToCustomer': {
      const { signature, ...rest } = event.data;
      return {
        type: 'dispatch.product-returned-to-customer.v1',
        payload: { ...rest, signedAt: signature.signedAt, signatureMethod: signature.method },
      };
    }
    case 'RepairEscalated':
      return { type: 'dispatch.repair-escalated.v1', payload: event.data };
    case 'CostIncurred':
      return { type: 'dispatch.cost-incurred.v1', payload: event.data };
    case 'InvoiceRequested':
      return { type: 'dispatch.invoice-requested.v1', payload: event.data };
    case 'VisitOpened':
    case 'AppointmentConfirmed':
    case 'ServiceClassRecorded':
    case 'RequestFlaggedForMorningDispatch':
    case 'FindingsRecorded':
    case 'WorkDoneRecorded':
    case 'PartsUsedOnVisit':
    case 'LabourRecorded':
    case 'RepairCardEntryRecorded':
    case 'RepairPromised':
    case 'ServiceFeeCollected':
    case 'VisitCancelled':
      return undefined;
  }
}

/** The relay's mapper: only visit streams are relayed (engineer streams stay inside). */
export const dispatchPublicEvents: PublicEventMapper = (recorded: RecordedEvent): PublicEvent | undefined =>
  recorded.streamId.startsWith('visit-')
    ? toPublic({ type: recorded.type, data: recorded.data } as VisitEvent)
    : undefined;
