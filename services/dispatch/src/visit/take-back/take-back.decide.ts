import { RuleViolation } from '@aftersales/kernel';
import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireEngineer,
  requireStatus,
  requireText,
  type VisitDecideContext,
} from '../visit.decide-context';

export interface TakeBackProduct {
  readonly type: 'TakeBackProduct';
  readonly visitId: string;
  /** Product receipt (客户商品领取收据) given to the customer. */
  readonly receiptNo: string;
  /** Entry in the product in/out register. */
  readonly registerEntryNo: string;
  /** Repair card (修护卡) opened for the product. */
  readonly repairCardNo: string;
}

/**
 * DSP-4 a product that cannot be fixed on site is taken back against a receipt, registered in,
 * and gets a repair card. QC-1 the event carries what quality inspection needs.
 */
export function takeBackProduct(
  command: TakeBackProduct,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'in-repair' && v.receiptNo === command.receiptNo) return [];
  requireStatus(v, ['on-site'], 'DSP-4', 'take the product back');
  if (!v.findings)
    throw new RuleViolation('DSP-3', 'findings (cause analysis) must be recorded before a take-back');
  return [
    {
      type: 'ProductTakenBack',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        caseNumber: v.caseNumber,
        branch: v.branch,
        engineerId: requireEngineer(v, 'DSP-4'),
        receiptNo: requireText(command.receiptNo, 'DSP-4', 'the product receipt number'),
        registerEntryNo: requireText(command.registerEntryNo, 'DSP-4', 'the in/out register entry'),
        repairCardNo: requireText(command.repairCardNo, 'DSP-4', 'the repair card number'),
        product: v.product,
        symptom: { ...v.problem, findings: v.findings },
        takenBackAt: ctx.now.toISOString(),
      },
    },
  ];
}
