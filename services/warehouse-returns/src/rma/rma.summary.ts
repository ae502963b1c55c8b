import { uuidParam } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { NotFound } from '@aftersales/kernel';
import { RETURN_REASONS, SIGNATURE_ROLES } from './rma.events';
import { missingSignatures, RMA_STATUSES, type RmaState } from './rma.state';

/** What a command answers: where the request stands, and whose signatures it still needs (RET-7). */
export function rmaSummary(state: RmaState) {
  if (!state.exists) throw new NotFound('return request', '?');
  return {
    rmaId: state.rmaId,
    branch: state.branch,
    customerId: state.customerId,
    reason: state.reason,
    status: state.status,
    total: state.total,
    ...(state.limitCheck ? { limitCheck: state.limitCheck } : {}),
    ...(state.rejection ? { rejection: state.rejection } : {}),
    signatures: state.signatures,
    missingSignatures: missingSignatures(state),
    ...(state.transportOrder ? { transportOrder: state.transportOrder } : {}),
    ...(state.receipt ? { receipt: state.receipt } : {}),
  };
}
export type RmaSummary = ReturnType<typeof rmaSummary>;

const text = { type: 'string' } as const;
const time = { type: 'string', format: 'date-time' } as const;
const money = {
  type: 'object',
  required: ['amountMinor', 'currency'],
  properties: { amountMinor: { type: 'integer', description: 'minor units' }, currency: text },
};
const signature = {
  type: 'object',
  required: ['role', 'userId', 'at'],
  properties: {
    role: { type: 'string', enum: [...SIGNATURE_ROLES] },
    userId: text,
    at: time,
    inspectionId: { ...text, description: "QC's inspection the signature closes" },
  },
};

/** Where a request stands: what a command answers, and the request of GET /rmas/:rmaId. */
const SUMMARY_PROPERTIES = {
  rmaId: text,
  branch: text,
  customerId: text,
  reason: { type: 'string', enum: [...RETURN_REASONS] },
  status: { type: 'string', enum: [...RMA_STATUSES] },
  total: money,
  limitCheck: {
    type: 'object',
    description: 'RET-2: the rate and time checks with their numbers',
    required: ['limitBp', 'purchased', 'exchanged', 'currentRateBp', 'resultingRateBp', 'withinRate'],
    properties: {
      limitBp: { type: 'integer' },
      purchased: money,
      exchanged: money,
      currentRateBp: { type: 'integer', nullable: true },
      resultingRateBp: { type: 'integer', nullable: true },
      withinRate: { type: 'boolean' },
      timeLimitDays: { type: 'integer' },
      oldestDeliveredOn: { ...text, format: 'date' },
      daysSinceDelivery: { type: 'integer' },
    },
  },
  rejection: {
    type: 'object',
    required: ['rule', 'explanation'],
    properties: { rule: text, explanation: text },
  },
  signatures: {
    type: 'object',
    description: 'RET-7: the signatures given, by role',
    properties: Object.fromEntries(SIGNATURE_ROLES.map((role) => [role, signature])),
  },
  missingSignatures: {
    type: 'array',
    items: { type: 'string', enum: [...SIGNATURE_ROLES] },
    description: 'RET-7: the signatures still needed before stock-in',
  },
  transportOrder: {
    type: 'object',
    description: 'RET-5',
    required: ['orderNo', 'driverId', 'driverName', 'vehicle', 'issuedAt'],
    properties: {
      orderNo: text,
      driverId: text,
      driverName: text,
      vehicle: text,
      issuedAt: time,
      pickedUpAt: time,
    },
  },
  receipt: {
    type: 'object',
    required: ['receiptNo', 'dueAt'],
    properties: { receiptNo: text, dueAt: time, sentAt: time, missed: { type: 'boolean' } },
  },
};
const SUMMARY_REQUIRED = [
  'rmaId',
  'branch',
  'customerId',
  'reason',
  'status',
  'total',
  'signatures',
  'missingSignatures',
];

/** The OpenAPI schema of a command's answer. */
export const RMA_SUMMARY = {
  type: 'object',
  required: [...SUMMARY_REQUIRED, 'position'],
  properties: {
    ...SUMMARY_PROPERTIES,
    position: { type: 'integer', description: 'log position of the write (x-min-position)' },
  },
};

/** GET /rmas/:rmaId: the request from its log, and that log. */
export const RMA_VIEW = {
  type: 'object',
  required: ['rma', 'timeline'],
  properties: {
    rma: { type: 'object', required: SUMMARY_REQUIRED, properties: SUMMARY_PROPERTIES },
    timeline: {
      type: 'array',
      description: 'AUD-1: every event of the request, who and when',
      items: {
        type: 'object',
        required: ['position', 'version', 'type', 'at', 'data'],
        properties: {
          position: { type: 'integer' },
          version: { type: 'integer' },
          type: text,
          at: time,
          actor: { type: 'object', properties: { userId: text, role: text } },
          branch: text,
          correlationId: text,
          causationId: text,
          data: { type: 'object', description: 'the event as recorded' },
        },
      },
    },
  },
};

/** A row of the request list (GET /rmas). */
export const RMA_ROW = {
  type: 'object',
  required: [
    'rmaId',
    'branch',
    'customerId',
    'caseId',
    'reason',
    'status',
    'totalMinor',
    'currency',
    'missingSignatures',
    'receiptNo',
    'requestedAt',
  ],
  properties: {
    rmaId: text,
    branch: text,
    customerId: text,
    caseId: { ...text, nullable: true },
    reason: { type: 'string', enum: [...RETURN_REASONS] },
    status: { type: 'string', enum: [...RMA_STATUSES] },
    totalMinor: { type: 'integer', description: 'minor units of currency' },
    currency: text,
    missingSignatures: { type: 'array', items: { type: 'string', enum: [...SIGNATURE_ROLES] } },
    receiptNo: { ...text, nullable: true },
    requestedAt: time,
  },
};

/** A command's answer in the OpenAPI document. */
export const RMA_CHANGED = ApiOkResponse({
  description: 'where the request stands now',
  schema: RMA_SUMMARY,
});

/** The request id in a route: a 400 naming it when it is no UUID. */
export const rmaParam = uuidParam('rmaId');
