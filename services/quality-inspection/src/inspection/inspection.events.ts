import type {
  DecidedBy,
  EvidenceRef,
  Measurement,
  OriginKind,
  RootCause,
  Share,
} from './inspection.vocabulary';

export interface InspectionOpened {
  readonly type: 'InspectionOpened';
  readonly data: {
    readonly inspectionId: string;
    readonly branch: string;
    readonly caseId?: string;
    readonly caseNumber?: string;
    readonly product: { readonly model: string; readonly serialNumber: string };
    readonly origin: { readonly kind: OriginKind; readonly ref: string };
    readonly symptom?: string;
    readonly openedBy: DecidedBy;
    readonly openedAt: string;
  };
}

export interface FindingRecorded {
  readonly type: 'FindingRecorded';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly findingId: string;
    readonly failureMode: string;
    readonly rootCause: RootCause;
    readonly evidence: readonly EvidenceRef[];
    readonly measurements: readonly Measurement[];
    readonly note?: string;
    /** A correction appends a new finding naming the one it replaces; nothing is edited. */
    readonly corrects?: string;
    readonly recordedBy: DecidedBy;
    readonly recordedAt: string;
  };
}

export interface ResponsibilityAttributed {
  readonly type: 'ResponsibilityAttributed';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly branch: string;
    readonly attributionId: string;
    readonly shares: readonly Share[];
    /** The findings the decision rests on. */
    readonly basis: readonly string[];
    readonly basisNote?: string;
    /** The attribution this one replaces (after a dispute, or new evidence). */
    readonly supersedes?: string;
    readonly signedBy: DecidedBy;
    readonly attributedAt: string;
  };
}

export interface AttributionDisputed {
  readonly type: 'AttributionDisputed';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly disputeId: string;
    readonly attributionId: string;
    /** The blamed party on whose behalf the dispute is raised (its key, e.g. `supplier:SUP-7`). */
    readonly party: string;
    readonly reason: string;
    readonly evidence: readonly EvidenceRef[];
    readonly disputedBy: DecidedBy;
    readonly disputedAt: string;
  };
}

export interface AttributionConfirmed {
  readonly type: 'AttributionConfirmed';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly disputeId: string;
    readonly attributionId: string;
    readonly shares: readonly Share[];
    readonly reason: string;
    readonly reviewedBy: DecidedBy;
    readonly confirmedAt: string;
  };
}

export interface AttributionSuperseded {
  readonly type: 'AttributionSuperseded';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly attributionId: string;
    readonly supersededBy: string;
    /** The dispute the supersession answers, when it answers one. */
    readonly disputeId?: string;
    readonly reason: string;
    readonly previousShares: readonly Share[];
    readonly shares: readonly Share[];
    readonly decidedBy: DecidedBy;
    readonly supersededAt: string;
  };
}

export interface InspectionSignedOff {
  readonly type: 'InspectionSignedOff';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly branch: string;
    readonly attributionId: string;
    readonly shares: readonly Share[];
    readonly companyFault: boolean;
    readonly note?: string;
    readonly signedBy: DecidedBy;
    readonly signedAt: string;
  };
}

export interface ReturnRefused {
  readonly type: 'ReturnRefused';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly branch: string;
    readonly attributionId: string;
    /** QC-5/RET-6: the written explanation warehouse-returns and intake reject the return with. */
    readonly explanation: string;
    readonly refusedBy: DecidedBy;
    readonly refusedAt: string;
  };
}

export interface CapaRaised {
  readonly type: 'CapaRaised';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly branch: string;
    readonly capaId: string;
    readonly ownerDepartment: string;
    readonly owner?: string;
    readonly action: string;
    readonly dueAt: string;
    readonly raisedBy: DecidedBy;
    readonly raisedAt: string;
  };
}

export interface CapaOverdue {
  readonly type: 'CapaOverdue';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly capaId: string;
    readonly ownerDepartment: string;
    readonly dueAt: string;
    readonly detectedAt: string;
  };
}

export interface CapaClosed {
  readonly type: 'CapaClosed';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly capaId: string;
    readonly ownerDepartment: string;
    /** The verification of effectiveness the closure rests on. */
    readonly verification: { readonly note: string; readonly evidence: readonly EvidenceRef[] };
    readonly closedBy: DecidedBy;
    readonly closedAt: string;
  };
}

export interface UnsalableReturnChecked {
  readonly type: 'UnsalableReturnChecked';
  readonly data: {
    readonly inspectionId: string;
    readonly caseId?: string;
    readonly branch: string;
    /** QC-6: the original quality is intact, so the product may be re-stocked. */
    readonly intact: boolean;
    readonly note: string;
    readonly evidence: readonly EvidenceRef[];
    readonly signedBy: DecidedBy;
    readonly checkedAt: string;
  };
}

export type InspectionEvent =
  | InspectionOpened
  | FindingRecorded
  | ResponsibilityAttributed
  | AttributionDisputed
  | AttributionConfirmed
  | AttributionSuperseded
  | InspectionSignedOff
  | ReturnRefused
  | CapaRaised
  | CapaOverdue
  | CapaClosed
  | UnsalableReturnChecked;
