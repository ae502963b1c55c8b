import { RuleViolation } from '@aftersales/kernel';
import { doneAlready, existing, inStatus, type RmaContext } from '../rma.decide-context';
import type { RmaEvent } from '../rma.events';
import type { RmaState } from '../rma.state';

export interface ConfirmRequest {
  readonly type: 'ConfirmRequest';
  readonly rmaId: string;
  readonly by: string;
}
export interface SignForm {
  readonly type: 'SignForm';
  readonly rmaId: string;
  readonly role: 'after-sales-head' | 'operations-head';
  readonly by: string;
}
export interface ApproveSpecialCase {
  readonly type: 'ApproveSpecialCase';
  readonly rmaId: string;
  readonly by: string;
  readonly reason: string;
}

/** RET-3: the after-sales staff confirm an unsalable exchange within limits. */
export function confirmRequest(command: ConfirmRequest, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.reason === 'quality')
    throw new RuleViolation(
      'RET-4',
      'a quality return is reviewed and signed by the after-sales head, not confirmed by staff',
    );
  if (rma.confirmedBy) doneAlready('RET-3', `the request was confirmed by ${rma.confirmedBy} already`);
  inStatus(rma, 'RET-3', 'confirming', 'requested');
  return [
    {
      type: 'RequestConfirmed',
      data: { rmaId: rma.rmaId, branch: rma.branch, staffId: command.by, confirmedAt: now.toISOString() },
    },
  ];
}

/**
 * RET-3/RET-4/RET-7: the heads sign the form. The operations head's signature approves a
 * confirmed unsalable exchange (RET-3); the after-sales head's approves a quality return (RET-4);
 * either signature given later still counts towards stock-in (RET-7). One signature per role.
 */
export function signForm(command: SignForm, state: RmaState, { now }: RmaContext): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  const earlier = rma.signatures[command.role];
  if (earlier)
    doneAlready('RET-7', `the ${command.role} signed the form already (${earlier.userId}, ${earlier.at})`);
  if (rma.status === 'rejected' || rma.status === 'qc-refused')
    throw new RuleViolation(rma.status === 'rejected' ? 'RET-3' : 'RET-6', `the request is ${rma.status}`);
  const at = now.toISOString();
  const of = { rmaId: rma.rmaId, branch: rma.branch };
  const signed: RmaEvent = {
    type: 'FormSigned',
    data: { ...of, signature: { role: command.role, userId: command.by, at } },
  };
  const approves =
    (rma.reason === 'unsalable' && command.role === 'operations-head') ||
    (rma.reason === 'quality' && command.role === 'after-sales-head');
  // The other head's signature counts towards stock-in only (RET-7).
  if (!approves) return [signed];
  if (rma.reason === 'unsalable') inStatus(rma, 'RET-3', 'the operations head’s approval', 'confirmed');
  else inStatus(rma, 'RET-4', 'the after-sales head’s review', 'requested');
  return [
    signed,
    {
      type: 'ReturnApproved',
      data: {
        ...of,
        customerId: rma.customerId,
        ...(rma.caseId ? { caseId: rma.caseId } : {}),
        reason: rma.reason,
        approvedAt: at,
      },
    },
  ];
}

/** RET-3: over a limit, an executive may approve the exchange as a special case, with a reason. */
export function approveSpecialCase(
  command: ApproveSpecialCase,
  state: RmaState,
  { now }: RmaContext,
): RmaEvent[] {
  const rma = existing(state, command.rmaId);
  if (rma.status !== 'rejected' || rma.rejection?.rule !== 'RET-2')
    throw new RuleViolation(
      'RET-3',
      'a special case is approved only for a request rejected over its limits (RET-2)',
    );
  return [
    {
      type: 'SpecialCaseApproved',
      data: {
        rmaId: rma.rmaId,
        branch: rma.branch,
        executiveId: command.by,
        reason: command.reason,
        approvedAt: now.toISOString(),
      },
    },
  ];
}
