import { responseSchemas } from '@aftersales/platform';
import { CLAIM_STATUSES } from './claim.events';

// What the supplier claims answer with, for claims' OpenAPI document.

const { text, time, integer, nullable, object, offsetPage, uuid, money } = responseSchemas;

/** CLM-4: a row of the claim list: the supplier's share of the case's cost and its answer window. */
export const CLAIM_ROW = object({
  claimId: uuid,
  caseId: uuid,
  caseNumber: { ...nullable(text), description: 'INT-1 null for a claim issued before claims kept it' },
  branch: text,
  supplierId: text,
  status: { type: 'string', enum: [...CLAIM_STATUSES] },
  shareBp: { ...integer, description: "the supplier's share, basis points (10,000 = 100 %)" },
  amountMinor: { ...integer, description: 'minor units of currency' },
  currency: text,
  respondBy: { ...time, description: 'CLM-4 the end of the window for the supplier to answer' },
  issuedAt: time,
  confirmedBy: nullable(text),
});

/** A page of claims, newest first. */
export const CLAIM_PAGE = offsetPage(CLAIM_ROW);

/** CLM-4, QC-4, FIN-6: one claim notice, where it stands, its dispute and what finance refunded. */
export const CLAIM = object(
  {
    claimId: uuid,
    caseId: uuid,
    caseNumber: {
      ...text,
      description: "INT-1 the case's number (absent on a claim issued before claims kept it)",
    },
    inspectionId: text,
    attributionId: text,
    branch: text,
    supplierId: text,
    status: { type: 'string', enum: [...CLAIM_STATUSES] },
    shareBp: { ...integer, description: "the supplier's share, basis points (10,000 = 100 %)" },
    problem: text,
    model: text,
    serial: text,
    quantity: integer,
    site: text,
    contact: text,
    amount: money,
    respondBy: { ...time, description: 'CLM-4 the end of the window for the supplier to answer' },
    confirmedAmount: { ...money, description: 'FIN-6 the amount confirmed, which finance charges back' },
    dispute: object(
      {
        attributionId: text,
        reason: text,
        evidence: {
          type: 'array',
          items: object({ kind: text, ref: text, sha256: text, description: text }, ['description']),
        },
        disputedAt: time,
        referredAt: { ...time, description: 'QC-4 when it was last sent to QC again' },
      },
      ['referredAt'],
    ),
    refunds: {
      type: 'array',
      description: 'FIN-6 what finance credited back of the chargeback, oldest first',
      items: object({ refundId: text, amount: money, attributionId: text, reason: text, refundedAt: time }),
    },
    refunded: { ...money, description: 'FIN-6 the sum of the refunds' },
    chargedBack: { ...money, description: 'FIN-6 what stays deducted of the confirmed amount' },
  },
  ['caseNumber', 'confirmedAmount', 'dispute', 'chargedBack'],
);
