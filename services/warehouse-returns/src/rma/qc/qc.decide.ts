import { RuleViolation } from '@aftersales/kernel';
import { existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent, Signature } from '../rma.events';
import type { ExistingRma, RmaState } from '../rma.state';

export interface RecordQcSignature {
  readonly type: 'RecordQcSignature';
  readonly rmaId: string;
  readonly inspectionId: string;
  /** The line QC inspected, when it inspects line by line; absent: the whole form. */
  readonly lineNo?: number;
  readonly by: string;
  readonly signedAt: string;
}
export interface RecordQcRefusal {
  readonly type: 'RecordQcRefusal';
  readonly rmaId: string;
  readonly inspectionId: string;
  readonly lineNo?: number;
  readonly explanation: string;
}
export interface DisposeRefusedGoods {
  readonly type: 'DisposeRefusedGoods';
  readonly rmaId: string;
  readonly disposition: 'returned-to-customer' | 'scrapped-with-consent';
  readonly note?: string;
}

const qcSigned = (rma: ExistingRma, signature: Omit<Signature, 'role'>): RmaEvent => ({
  type: 'FormSigned',
  data: { rmaId: rma.rmaId, branch: rma.branch, signature: { role: 'qc-inspector', ...signature } },
});

/** The line must be one received, not decided by QC already (a redelivery decides nothing). */
function undecidedLine(rma: ExistingRma, lineNo: number): boolean {
  if (!(rma.received ?? []).some((l) => l.lineNo === lineNo))
    throw new RuleViolation('RET-6', `QC inspected line ${lineNo}, which was not received`);
  return rma.qcLines?.[lineNo] === undefined;
}

/**
 * Once QC has decided every received line: its signature on the form if it signed any (RET-7,
 * for the lines it accepted), the return rejected with its explanations if it refused them all.
 */
function whenAllDecided(
  rma: ExistingRma,
  decided: RmaEvent & { type: 'LineInspected' },
  at: string,
): RmaEvent[] {
  const lines = { ...rma.qcLines, [decided.data.lineNo]: decided.data };
  const received = rma.received ?? [];
  if (received.some((l) => !lines[l.lineNo])) return [decided];
  const signed = received.map((l) => lines[l.lineNo]).find((d) => d.outcome === 'signed');
  if (signed) {
    return [decided, qcSigned(rma, { userId: signed.by ?? '', at, inspectionId: signed.inspectionId })];
  }
  const explanation = received
    .map((l) => `line ${l.lineNo}: ${lines[l.lineNo].explanation ?? ''}`)
    .join('; ');
  return [
    decided,
    {
      type: 'ReturnRefusedByQc',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        inspectionId: decided.data.inspectionId,
        explanation,
        lineNos: received.map((l) => l.lineNo),
        refusedAt: at,
      },
    },
  ];
}

/** RET-7 (QC-5, QC-6): QC's signature on the form, from its signed-off inspection(s). */
export function recordQcSignature(command: RecordQcSignature, state: RmaState): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.signatures['qc-inspector']) return []; // the same sign-off delivered again
  inStatus(rma, 'RET-6', 'QC’s signature', 'received');
  const { inspectionId, by, signedAt: at } = command;
  if (command.lineNo === undefined) return [qcSigned(rma, { userId: by, at, inspectionId })];
  if (!undecidedLine(rma, command.lineNo)) return [];
  return whenAllDecided(
    rma,
    {
      type: 'LineInspected',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        lineNo: command.lineNo,
        inspectionId,
        outcome: 'signed',
        by,
        at,
      },
    },
    at,
  );
}

/** RET-6: QC refused (customer damage): the line, or the return, is rejected with QC's written explanation. */
export function recordQcRefusal(command: RecordQcRefusal, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.status === 'qc-refused') return [];
  inStatus(rma, 'RET-6', 'QC’s refusal', 'received');
  const at = now.toISOString();
  const { inspectionId, explanation } = command;
  if (command.lineNo === undefined)
    return [
      {
        type: 'ReturnRefusedByQc',
        data: { rmaId: rma.rmaId, branch: rma.branch, inspectionId, explanation, refusedAt: at },
      },
    ];
  if (!undecidedLine(rma, command.lineNo)) return [];
  return whenAllDecided(
    rma,
    {
      type: 'LineInspected',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        lineNo: command.lineNo,
        inspectionId,
        outcome: 'refused',
        explanation,
        at,
      },
    },
    at,
  );
}

/** RET-6: what happens to refused goods: sent back at the customer's cost, or scrapped with consent. */
export function disposeRefusedGoods(
  command: DisposeRefusedGoods,
  state: RmaState,
  { now }: RmaContext,
): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  const refusedLines = Object.values(rma.qcLines ?? {}).some((l) => l.outcome === 'refused');
  if (rma.status !== 'qc-refused' && !refusedLines)
    throw new RuleViolation('RET-6', 'only goods QC refused are sent back or scrapped');
  if (rma.refusedGoods) return [];
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
