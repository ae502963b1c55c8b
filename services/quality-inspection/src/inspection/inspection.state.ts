import type { InspectionEvent } from './inspection.events';
import type { DecidedBy, OriginKind, RootCause, Share } from './inspection.vocabulary';

export type InspectionStatus =
  'open' | 'attributed' | 'disputed' | 'signed-off' | 'refused' | 'checked-intact' | 'checked-not-intact';

export interface FindingState {
  readonly findingId: string;
  readonly rootCause: RootCause;
  /** The finding that corrects this one; a corrected finding is no basis for a new decision. */
  readonly correctedBy?: string;
}

export interface AttributionState {
  readonly attributionId: string;
  readonly shares: readonly Share[];
  readonly signedBy: DecidedBy;
  /** QC-4: exactly one attribution is in force; superseded ones stay in the record. */
  readonly inForce: boolean;
}

export interface DisputeState {
  readonly disputeId: string;
  readonly attributionId: string;
  readonly party: string;
  readonly open: boolean;
}

export interface CapaState {
  readonly capaId: string;
  readonly ownerDepartment: string;
  readonly dueAt: string;
  readonly status: 'open' | 'overdue' | 'closed';
}

export interface ExistingInspection {
  readonly exists: true;
  readonly inspectionId: string;
  readonly branch: string;
  readonly caseId?: string;
  readonly origin: { readonly kind: OriginKind; readonly ref: string };
  readonly status: InspectionStatus;
  readonly findings: readonly FindingState[];
  readonly attributions: readonly AttributionState[];
  readonly disputes: readonly DisputeState[];
  readonly capa?: CapaState;
}

export type InspectionState = { readonly exists: false } | ExistingInspection;

export const initialInspectionState: InspectionState = { exists: false };

/** The attribution in force, if any (QC-4: never more than one). */
export function attributionInForce(state: ExistingInspection): AttributionState | undefined {
  return state.attributions.find((a) => a.inForce);
}

export function openDispute(state: ExistingInspection): DisputeState | undefined {
  return state.disputes.find((d) => d.open);
}

export function evolveInspection(state: InspectionState, event: InspectionEvent): InspectionState {
  if (event.type === 'InspectionOpened') {
    const d = event.data;
    return {
      exists: true,
      inspectionId: d.inspectionId,
      branch: d.branch,
      ...(d.caseId ? { caseId: d.caseId } : {}),
      origin: d.origin,
      status: 'open',
      findings: [],
      attributions: [],
      disputes: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'FindingRecorded': {
      const d = event.data;
      const findings = state.findings.map((f) =>
        f.findingId === d.corrects ? { ...f, correctedBy: d.findingId } : f,
      );
      return { ...state, findings: [...findings, { findingId: d.findingId, rootCause: d.rootCause }] };
    }
    case 'ResponsibilityAttributed': {
      const d = event.data;
      const attributions = state.attributions.map((a) => ({ ...a, inForce: false }));
      return {
        ...state,
        status: 'attributed',
        attributions: [
          ...attributions,
          { attributionId: d.attributionId, shares: d.shares, signedBy: d.signedBy, inForce: true },
        ],
      };
    }
    case 'AttributionDisputed': {
      const d = event.data;
      return {
        ...state,
        status: 'disputed',
        disputes: [
          ...state.disputes,
          { disputeId: d.disputeId, attributionId: d.attributionId, party: d.party, open: true },
        ],
      };
    }
    case 'AttributionConfirmed':
      return { ...state, status: 'attributed', disputes: closeDispute(state, event.data.disputeId) };
    case 'AttributionSuperseded':
      // The new attribution follows as its own event; the dispute it answers is settled.
      return {
        ...state,
        disputes: event.data.disputeId ? closeDispute(state, event.data.disputeId) : state.disputes,
      };
    case 'InspectionSignedOff':
      return { ...state, status: 'signed-off' };
    case 'ReturnRefused':
      return { ...state, status: 'refused' };
    case 'CapaRaised': {
      const { capaId, ownerDepartment, dueAt } = event.data;
      return { ...state, capa: { capaId, ownerDepartment, dueAt, status: 'open' } };
    }
    case 'CapaOverdue':
      return state.capa ? { ...state, capa: { ...state.capa, status: 'overdue' } } : state;
    case 'CapaClosed':
      return state.capa ? { ...state, capa: { ...state.capa, status: 'closed' } } : state;
    case 'UnsalableReturnChecked':
      return { ...state, status: event.data.intact ? 'checked-intact' : 'checked-not-intact' };
  }
}

function closeDispute(state: ExistingInspection, disputeId: string): readonly DisputeState[] {
  return state.disputes.map((d) => (d.disputeId === disputeId ? { ...d, open: false } : d));
}
