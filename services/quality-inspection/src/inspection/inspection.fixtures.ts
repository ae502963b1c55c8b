import { givenWhenThen } from '@aftersales/cqrs';
import type { InspectionEvent } from './inspection.events';
import { inspectionDecider } from './inspection.decider';
import type { QualityPolicy } from './inspection.decide-context';
import type { DecidedBy, EvidenceRef, Share } from './inspection.vocabulary';

export const T0 = new Date('2026-03-02T08:00:00.000Z');
export const policy: QualityPolicy = {
  departments: ['production', 'assembly', 'technical', 'purchasing'],
  capaDueDays: 30,
  refusalExplanationMinChars: 20,
};
export const given = givenWhenThen(inspectionDecider, (now) => ({ now, policy }), T0);

export const inspector: DecidedBy = { userId: 'u-qc-1', role: 'qc-inspector' };
export const reviewer: DecidedBy = { userId: 'u-rev-1', role: 'qc-reviewer' };
export const claimsOfficer: DecidedBy = { userId: 'u-clm-1', role: 'claims-officer' };
export const inspectionId = '7a1f7c1e-2d3b-4e5f-8a9b-0c1d2e3f4a5b';
export const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
export const photo: EvidenceRef = { kind: 'photo', ref: 'dms://qc/photo-1.jpg', sha256: 'a'.repeat(64) };

export const production70Supplier30: Share[] = [
  { party: { kind: 'department', department: 'production', person: 'w-17' }, shareBp: 7_000 },
  { party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 3_000 },
];
export const production100: Share[] = [
  { party: { kind: 'department', department: 'production' }, shareBp: 10_000 },
];
export const customer100: Share[] = [{ party: { kind: 'customer' }, shareBp: 10_000 }];

export const opened: InspectionEvent = {
  type: 'InspectionOpened',
  data: {
    inspectionId,
    branch: 'HZ',
    caseId,
    caseNumber: 'HZ-2026-000123',
    product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
    origin: { kind: 'take-back', ref: 'RC-0001' },
    openedBy: { userId: 'system', role: 'system' },
    openedAt: T0.toISOString(),
  },
};

export const finding = (findingId = 'f-1', corrects?: string): InspectionEvent => ({
  type: 'FindingRecorded',
  data: {
    inspectionId,
    findingId,
    failureMode: 'coil burnt',
    rootCause: 'manufacturing',
    evidence: [photo],
    measurements: [{ name: 'coil resistance', value: 0.4, unit: 'ohm' }],
    ...(corrects ? { corrects } : {}),
    caseId,
    recordedBy: inspector,
    recordedAt: T0.toISOString(),
  },
});

export const attributed = (
  attributionId: string,
  shares: Share[],
  supersedes?: string,
  by: DecidedBy = inspector,
): InspectionEvent => ({
  type: 'ResponsibilityAttributed',
  data: {
    inspectionId,
    caseId,
    branch: 'HZ',
    attributionId,
    shares,
    basis: ['f-1'],
    ...(supersedes ? { supersedes } : {}),
    signedBy: by,
    attributedAt: T0.toISOString(),
  },
});

export const disputed = (
  disputeId: string,
  attributionId: string,
  party = 'supplier:SUP-7',
): InspectionEvent => ({
  type: 'AttributionDisputed',
  data: {
    inspectionId,
    disputeId,
    attributionId,
    party,
    reason: 'the coil was within spec on delivery',
    evidence: [photo],
    caseId,
    disputedBy: claimsOfficer,
    disputedAt: T0.toISOString(),
  },
});
