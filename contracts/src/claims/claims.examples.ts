import type { ClaimsPublicEvents } from './claims.events';

const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const claimId = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const at = '2026-03-02T08:30:00.000Z';
const ofCase = { caseId, branch: 'HZ', serial: 'SN-0001' };
const ofClaim = { claimId, caseId, branch: 'HZ', supplierId: 'SUP-7' };
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/** One valid payload per claims event type, typed by the TypeScript contract (tests and docs). */
export const claimsExamples: { [T in keyof ClaimsPublicEvents]: ClaimsPublicEvents[T] } = {
  'claims.warranty-assessed.v1': {
    ...ofCase,
    standing: 'full-warranty',
    warrantyStartsOn: '2025-05-10',
    fullUntil: '2027-05-09',
    extendedUntil: '2030-05-09',
    serviceOn: '2026-03-02',
    humanDamage: false,
    serviceClass: 'free-warranty',
    reason: 'within the full warranty (CLM-1)',
    assessedAt: at,
  },
  'claims.service-classified.v1': {
    ...ofCase,
    serviceClass: 'free-warranty',
    reason: 'within the full warranty (CLM-1)',
    classifiedAt: at,
  },
  'claims.contract-expiry-notified.v1': {
    serial: 'SN-0001',
    branch: 'HZ',
    contractId: 'MC-2026-001',
    endsOn: '2026-04-01',
    notifiedAt: at,
  },
  'claims.supplier-claim-issued.v1': {
    ...ofClaim,
    caseNumber: 'HZ-2026-000123',
    inspectionId: 'i-1',
    attributionId: 'a-1',
    shareBp: 3000,
    problem: 'breaker trips under load',
    model: 'KYN28-12',
    serial: 'SN-0001',
    quantity: 1,
    site: 'HZ',
    contact: 'claims-office:HZ',
    amount: cny(7500),
    respondBy: '2026-04-01T16:00:00.000Z',
    issuedAt: at,
  },
  'claims.supplier-claim-amended.v1': {
    ...ofClaim,
    attributionId: 'a-1',
    shareBp: 3000,
    amount: cny(9000),
    previousAmount: cny(7500),
    amendedAt: at,
  },
  'claims.supplier-claim-confirmed.v1': {
    ...ofClaim,
    amount: cny(7500),
    confirmedBy: 'response-window-passed',
    confirmedAt: at,
  },
  'claims.supplier-claim-disputed.v1': {
    ...ofClaim,
    inspectionId: 'insp-1',
    attributionId: 'a-1',
    reason: 'the coil passed incoming inspection',
    evidence: [{ kind: 'test-report', ref: 'dms://claims/SUP-7/outgoing-test.pdf', sha256: 'a'.repeat(64) }],
    disputedAt: at,
  },
  'claims.supplier-claim-withdrawn.v1': {
    ...ofClaim,
    attributionId: 'a-2',
    reason: 'attribution superseded: winding damaged in production',
    withdrawnAt: at,
  },
};
