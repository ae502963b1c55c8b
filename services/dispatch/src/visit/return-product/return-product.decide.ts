import { formatLocalDate, localDateOf } from '@aftersales/scheduling';
import { branchPolicy } from '../../dispatch-policy';
import type { CustomerSignature } from '../../dispatch.vocabulary';
import type { VisitEvent } from '../visit.events';
import type { VisitState } from '../visit.state';
import {
  existingVisit,
  requireSignature,
  requireStatus,
  requireText,
  type VisitDecideContext,
} from '../visit.decide-context';

export interface ReturnProductToCustomer {
  readonly type: 'ReturnProductToCustomer';
  readonly visitId: string;
  /** The out entry in the product in/out register. */
  readonly registerEntryNo: string;
  readonly signature?: CustomerSignature;
}

/** DSP-4 returned against the customer's signature: the receipt is voided and the return date recorded. */
export function returnProductToCustomer(
  command: ReturnProductToCustomer,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.status === 'returned') return [];
  requireStatus(v, ['repaired'], 'DSP-4', 'return the product');
  const signature = requireSignature(command.signature, 'DSP-4', "the customer's signature on return");
  const timeZone = branchPolicy(ctx.policy, v.branch).calendar.timeZone;
  return [
    {
      type: 'ProductReturnedToCustomer',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        receiptNo: v.receiptNo!,
        receiptVoided: true,
        registerEntryNo: requireText(command.registerEntryNo, 'DSP-4', 'the in/out register entry'),
        signature,
        returnedAt: ctx.now.toISOString(),
        returnDate: formatLocalDate(localDateOf(timeZone, ctx.now.getTime())),
      },
    },
  ];
}
