import { uuidParam } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { NotFound } from '@aftersales/kernel';
import { missingSignatures, type RmaState } from './rma.state';

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

/** The OpenAPI schema of a command's answer. */
export const RMA_SUMMARY = {
  type: 'object',
  required: ['rmaId', 'branch', 'status', 'missingSignatures', 'position'],
  properties: {
    rmaId: { type: 'string' },
    branch: { type: 'string' },
    customerId: { type: 'string' },
    reason: { enum: ['unsalable', 'quality'] },
    status: { type: 'string' },
    total: { type: 'object' },
    limitCheck: { type: 'object', description: 'RET-2: the rate and time checks with their numbers' },
    rejection: { type: 'object' },
    signatures: { type: 'object' },
    missingSignatures: { type: 'array', items: { type: 'string' } },
    transportOrder: { type: 'object' },
    receipt: { type: 'object' },
    position: { type: 'integer', description: 'log position of the write (x-min-position)' },
  },
};

/** A command's answer in the OpenAPI document. */
export const RMA_CHANGED = ApiOkResponse({
  description: 'where the request stands now',
  schema: RMA_SUMMARY,
});

/** The request id in a route: a 400 naming it when it is no UUID. */
export const rmaParam = uuidParam('rmaId');
