import type { DispatchPublicEvents } from './dispatch.events';

const caseId = '0b6f7a52-3c1e-4a8e-9d55-5f0e9f1d2a11';
const visitId = '5d2c1e8a-7f3b-4c6d-8e9f-0a1b2c3d4e5f';
const at = '2026-03-02T08:30:00.000Z';
const ofVisit = { visitId, caseId, branch: 'HZ' };
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

/** One valid payload per dispatch event type, typed by the TypeScript contract (tests and docs). */
export const dispatchExamples: { [T in keyof DispatchPublicEvents]: DispatchPublicEvents[T] } = {
  'dispatch.engineer-assigned.v1': {
    ...ofVisit,
    engineerId: 'eng-7',
    engineerHome: 'branch',
    assignedBy: 'auto-assigner',
    reason: 'skill switchgear, least load (0 open visits)',
    reassigned: false,
    assignedAt: at,
  },
  'dispatch.visit-started.v1': { ...ofVisit, engineerId: 'eng-7', departedAt: at },
  'dispatch.engineer-arrived.v1': {
    ...ofVisit,
    engineerId: 'eng-7',
    arrivedAt: at,
    dueAt: at,
    withinDeadline: true,
    travelMinutes: 45,
  },
  'dispatch.arrival-deadline-missed.v1': { ...ofVisit, dueAt: at, detectedAt: at, engineerId: 'eng-7' },
  'dispatch.visit-completed.v1': {
    ...ofVisit,
    engineerId: 'eng-7',
    voucherNo: 'SV-0001',
    findings: 'worn contact',
    workDone: 'contact replaced',
    parts: [{ partNo: 'P-100', qty: 1, unitCost: cny(2500) }],
    labourMinutes: 90,
    firstTimeFix: true,
    signedAt: at,
    signatureMethod: 'signature',
    completedAt: at,
  },
  'dispatch.product-taken-back.v1': {
    ...ofVisit,
    caseNumber: 'HZ-2026-000123',
    engineerId: 'eng-7',
    receiptNo: 'PR-0001',
    registerEntryNo: 'IO-0001',
    repairCardNo: 'RC-0001',
    product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
    symptom: { description: 'breaker trips under load', symptomCode: 'TRIP', findings: 'coil burnt' },
    takenBackAt: at,
  },
  'dispatch.repair-completed.v1': {
    ...ofVisit,
    repairCardNo: 'RC-0001',
    totalMinutes: 240,
    parts: [],
    outcome: 'coil replaced',
    completedAt: at,
  },
  'dispatch.product-returned-to-customer.v1': {
    ...ofVisit,
    receiptNo: 'PR-0001',
    receiptVoided: true,
    registerEntryNo: 'IO-0002',
    signedAt: at,
    signatureMethod: 'e-signature',
    returnedAt: at,
    returnDate: '2026-03-02',
  },
  'dispatch.repair-escalated.v1': {
    ...ofVisit,
    caseNumber: 'HZ-2026-000123',
    promisedBy: at,
    escalatedTo: 'service-director',
    escalatedAt: at,
  },
  'dispatch.cost-incurred.v1': {
    ...ofVisit,
    costId: 'cost-1',
    category: 'travel',
    amount: cny(12000),
    staffId: 'eng-7',
    staffHome: 'branch',
    bearer: 'branch',
    description: 'taxi to site',
    incurredAt: at,
  },
  'dispatch.invoice-requested.v1': {
    ...ofVisit,
    amount: cny(30000),
    description: 'paid on-site service',
    invoiceDate: '2026-03-02',
    requestedAt: at,
  },
};
