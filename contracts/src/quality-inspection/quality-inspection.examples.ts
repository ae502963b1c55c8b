import type { QualityInspectionPublicEvents } from './quality-inspection.events';

const inspectionId = '7a1f7c1e-2d3b-4e5f-8a9b-0c1d2e3f4a5b';
const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const at = '2026-03-02T08:30:00.000Z';
const inspector = { userId: 'u-qc-1', role: 'qc-inspector' };
const reviewer = { userId: 'u-rev-1', role: 'qc-reviewer' };
const photo = {
  kind: 'photo' as const,
  ref: 'dms://qc/HZ-2026-000123/coil.jpg',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};
const split = [
  {
    party: { kind: 'department' as const, department: 'production', person: 'w-17' },
    partyKey: 'department:production',
    shareBp: 7_000,
  },
  { party: { kind: 'supplier' as const, supplierId: 'SUP-7' }, partyKey: 'supplier:SUP-7', shareBp: 3_000 },
];
const production = [
  {
    party: { kind: 'department' as const, department: 'production' },
    partyKey: 'department:production',
    shareBp: 10_000,
  },
];

/** One valid payload per quality-inspection event type, typed by the TypeScript contract (tests and docs). */
export const qualityInspectionExamples: {
  [T in keyof QualityInspectionPublicEvents]: QualityInspectionPublicEvents[T];
} = {
  'quality-inspection.inspection-opened.v1': {
    inspectionId,
    caseId,
    branch: 'HZ',
    caseNumber: 'HZ-2026-000123',
    product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
    origin: { kind: 'take-back', ref: 'RC-0001' },
    symptom: 'breaker trips under load',
    openedBy: { userId: 'system', role: 'system' },
    openedAt: at,
  },
  'quality-inspection.finding-recorded.v1': {
    inspectionId,
    caseId,
    findingId: 'f-1',
    failureMode: 'trip coil burnt',
    rootCause: 'manufacturing',
    evidence: [photo],
    measurements: [{ name: 'coil resistance', value: 0.4, unit: 'ohm' }],
    recordedBy: inspector,
    recordedAt: at,
  },
  'quality-inspection.responsibility-attributed.v1': {
    inspectionId,
    caseId,
    branch: 'HZ',
    attributionId: 'a-1',
    shares: split,
    basis: ['f-1'],
    signedBy: inspector,
    attributedAt: at,
  },
  'quality-inspection.attribution-disputed.v1': {
    inspectionId,
    caseId,
    disputeId: 'd-1',
    attributionId: 'a-1',
    party: 'supplier:SUP-7',
    reason: 'the coil passed incoming inspection, report attached',
    evidence: [{ ...photo, kind: 'test-report' }],
    disputedBy: { userId: 'u-clm-1', role: 'claims-officer' },
    disputedAt: at,
  },
  'quality-inspection.attribution-confirmed.v1': {
    inspectionId,
    caseId,
    disputeId: 'd-1',
    attributionId: 'a-1',
    shares: split,
    reason: 'the incoming report does not cover the coil batch',
    reviewedBy: reviewer,
    confirmedAt: at,
  },
  'quality-inspection.attribution-superseded.v1': {
    inspectionId,
    caseId,
    attributionId: 'a-1',
    supersededBy: 'a-2',
    disputeId: 'd-1',
    reason: 'supplier test report accepted: winding damaged in production',
    previousShares: split,
    shares: production,
    decidedBy: reviewer,
    supersededAt: at,
  },
  'quality-inspection.inspection-signed-off.v1': {
    inspectionId,
    caseId,
    branch: 'HZ',
    attributionId: 'a-2',
    shares: production,
    companyFault: true,
    signedBy: inspector,
    signedAt: at,
  },
  'quality-inspection.return-refused.v1': {
    inspectionId,
    caseId,
    branch: 'HZ',
    attributionId: 'a-1',
    explanation: 'housing cracked by impact; drop marks on two corners (photo coil.jpg)',
    refusedBy: inspector,
    refusedAt: at,
  },
  'quality-inspection.capa-raised.v1': {
    inspectionId,
    caseId,
    branch: 'HZ',
    capaId: 'c-1',
    ownerDepartment: 'production',
    owner: 'w-3',
    action: 'recalibrate the winding tension of line 2',
    dueAt: '2026-04-01T08:30:00.000Z',
    raisedBy: inspector,
    raisedAt: at,
  },
  'quality-inspection.capa-overdue.v1': {
    inspectionId,
    caseId,
    capaId: 'c-1',
    ownerDepartment: 'production',
    dueAt: '2026-04-01T08:30:00.000Z',
    detectedAt: '2026-04-01T08:30:00.000Z',
  },
  'quality-inspection.capa-closed.v1': {
    inspectionId,
    caseId,
    capaId: 'c-1',
    ownerDepartment: 'production',
    verification: { note: 'no recurrence in 200 units after recalibration', evidence: [photo] },
    closedBy: inspector,
    closedAt: at,
  },
  'quality-inspection.unsalable-return-checked.v1': {
    inspectionId,
    branch: 'HZ',
    intact: true,
    note: 'factory seal intact, insulation test passed',
    evidence: [photo],
    signedBy: inspector,
    checkedAt: at,
  },
};
