import { RuleViolation } from '@aftersales/kernel';
import { existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent } from '../rma.events';
import type { RmaState } from '../rma.state';

export interface RecordQcSignature {
  readonly type: 'RecordQcSignature';
  readonly rmaId: string;
  readonly inspectionId: string;
  readonly by: string;
  readonly signedAt: string;
}
export interface RecordQcRefusal {
  readonly type: 'RecordQcRefusal';
  readonly rmaId: string;
  readonly inspectionId: string;
  readonly explanation: string;
}
export interface DisposeRefusedGoods {
  readonly type: 'DisposeRefusedGoods';
  readonly rmaId: string;
  readonly disposition: 'returned-to-customer' | 'scrapped-with-consent';
  readonly note?: string;
}

/** RET-7 (QC-5, QC-6): QC's signature on the form, from its signed-off inspection. */
export function recordQcSignature(command: RecordQcSignature, state: RmaState): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.signatures['qc-inspector']) return []; // the same sign-off delivered again
  inStatus(rma, 'RET-6', 'QC’s signature', 'received');
  return [
    {
      type: 'FormSigned',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        signature: {
          role: 'qc-inspector',
          userId: command.by,
          at: command.signedAt,
          inspectionId: command.inspectionId,
        },
      },
    },
  ];
}

/** RET-6: QC refused (customer damage): the return is rejected with QC's written explanation. */
export function recordQcRefusal(command: RecordQcRefusal, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.status === 'qc-refused') return [];
  inStatus(rma, 'RET-6', 'QC’s refusal', 'received');
  return [
    {
      type: 'ReturnRefusedByQc',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        inspectionId: command.inspectionId,
        explanation: command.explanation,
        refusedAt: now.toISOString(),
      },
    },
  ];
}

/** RET-6: what happens to refused goods: sent back at the customer's cost, or scrapped with consent. */
export function disposeRefusedGoods(
  command: DisposeRefusedGoods,
  state: RmaState,
  { now }: RmaContext,
): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.status !== 'qc-refused')
    throw new RuleViolation('RET-6', 'only goods QC refused are sent back or scrapped');
  if (rma.qcRefusal?.disposition) return [];
  return [
    {
      type: 'RefusedGoodsDisposed',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        disposition: command.disposition,
        ...(command.note ? { note: command.note } : {}),
        disposedAt: now.toISOString(),
      },
    },
  ];
}
