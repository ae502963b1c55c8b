import { RuleViolation } from '@aftersales/kernel';
import type { CustomerSignature } from '../../dispatch.vocabulary';
import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireEngineer,
  requireSignature,
  requireStatus,
  requireText,
  type VisitDecideContext,
} from '../visit.decide-context';

export interface CompleteVisit {
  readonly type: 'CompleteVisit';
  readonly visitId: string;
  /** Number of the service voucher (服务凭证) the customer signs. */
  readonly voucherNo: string;
  readonly firstTimeFix: boolean;
  readonly signature?: CustomerSignature;
}

/** DSP-3 a visit completes with findings, work done and the customer's signature on the service voucher. */
export function completeVisit(
  command: CompleteVisit,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'completed') return [];
  requireStatus(v, ['on-site'], 'DSP-3', 'complete the visit');
  if (!v.findings) throw new RuleViolation('DSP-3', 'findings (cause analysis) must be recorded first');
  if (!v.workDone) throw new RuleViolation('DSP-3', 'the work done must be recorded first');
  if (typeof command.firstTimeFix !== 'boolean') {
    throw new RuleViolation('DSP-3', 'the first-time-fix outcome must be recorded');
  }
  const signature = requireSignature(
    command.signature,
    'DSP-3',
    "the customer's signature on the service voucher",
    // A visit cannot be completed before it started: the voucher is signed on site.
    { now: ctx.now, notBefore: v.arrivedAt, notBeforeIs: 'the engineer arrived' },
  );
  return [
    {
      type: 'VisitCompleted',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        engineerId: requireEngineer(v, 'DSP-3'),
        voucherNo: requireText(command.voucherNo, 'DSP-3', 'the service voucher number'),
        findings: v.findings,
        workDone: v.workDone,
        parts: v.parts,
        labourMinutes: v.labourMinutes,
        firstTimeFix: command.firstTimeFix,
        signature,
        completedAt: ctx.now.toISOString(),
      },
    },
  ];
}
