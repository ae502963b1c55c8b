import { Conflict, RuleViolation } from '@aftersales/kernel';
import { arrivalDue, branchPolicy, type BranchDispatchPolicy } from '../../dispatch-policy';
import type { ServiceClass, Urgency, Zone } from '../../dispatch.vocabulary';
import type { ArrivalDeadline, VisitEvent, VisitProblem, VisitProduct } from '../visit.events';
import type { VisitState } from '../visit.state';
import { existingVisit, requireStatus, requireText, type VisitDecideContext } from '../visit.decide-context';

/** DSP-1 opened from intake's accepted case that needs on-site work. */
export interface OpenVisit {
  readonly type: 'OpenVisit';
  readonly visitId: string;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly branch: string;
  readonly customer: { readonly customerId: string; readonly addressRef: string; readonly zone: Zone };
  readonly product: VisitProduct;
  readonly problem: VisitProblem;
  readonly urgency: Urgency;
  readonly acceptedAt: string;
  readonly confirmedAt?: string;
  readonly serviceClass?: ServiceClass;
}

/** DSP-2 the visit time was agreed with the customer. */
export interface ConfirmAppointment {
  readonly type: 'ConfirmAppointment';
  readonly visitId: string;
  readonly confirmedAt: string;
}

export function arrivalDeadline(
  policy: BranchDispatchPolicy,
  request: { zone: Zone; urgency: Urgency; acceptedAt: string; confirmedAt?: string },
): ArrivalDeadline {
  const due = arrivalDue(policy, {
    zone: request.zone,
    urgency: request.urgency,
    acceptedAt: new Date(request.acceptedAt),
    ...(request.confirmedAt ? { confirmedAt: new Date(request.confirmedAt) } : {}),
  });
  switch (due.status) {
    case 'due':
      return {
        status: 'due',
        dueAt: due.dueAt.toISOString(),
        source: due.rule.source,
        counted: due.rule.counted,
        from: due.rule.from,
      };
    case 'awaiting-confirmation':
      return { status: 'awaiting-confirmation', source: due.rule.source };
    case 'no-rule':
      return { status: 'none' };
  }
}

function isoOrThrow(value: string, what: string): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new RuleViolation('DSP-2', `${what} is not a valid instant`);
  return at.toISOString();
}

/** DSP-1 a service request with address (by reference), product and problem; DSP-2 its arrival deadline. */
export function openVisit(command: OpenVisit, state: VisitState, ctx: VisitDecideContext): VisitEvent[] {
  if (state.exists)
    throw new Conflict(`visit ${command.visitId} is already open for case ${state.caseNumber}`);
  const policy = branchPolicy(ctx.policy, command.branch);
  const acceptedAt = isoOrThrow(command.acceptedAt, 'acceptedAt');
  const confirmedAt = command.confirmedAt ? isoOrThrow(command.confirmedAt, 'confirmedAt') : undefined;
  requireText(command.customer.addressRef, 'DSP-1', 'the customer address');
  requireText(command.product.model, 'DSP-1', 'the product model');
  requireText(command.product.productLine, 'DSP-1', 'the product line');
  requireText(command.problem.description, 'DSP-1', 'the problem');
  return [
    {
      type: 'VisitOpened',
      data: {
        visitId: command.visitId,
        caseId: command.caseId,
        caseNumber: command.caseNumber,
        branch: command.branch,
        customer: command.customer,
        product: command.product,
        problem: command.problem,
        urgency: command.urgency,
        acceptedAt,
        ...(confirmedAt ? { confirmedAt } : {}),
        ...(command.serviceClass ? { serviceClass: command.serviceClass } : {}),
        arrival: arrivalDeadline(policy, {
          zone: command.customer.zone,
          urgency: command.urgency,
          acceptedAt,
          confirmedAt,
        }),
        openedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** DSP-2 standard on-site service is due 12 h (configured) from confirmation with the customer. */
export function confirmAppointment(
  command: ConfirmAppointment,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  requireStatus(v, ['unassigned', 'assigned'], 'DSP-2', 'confirm the appointment');
  const confirmedAt = isoOrThrow(command.confirmedAt, 'confirmedAt');
  if (v.confirmedAt === confirmedAt) return [];
  const arrival = arrivalDeadline(branchPolicy(ctx.policy, v.branch), {
    zone: v.zone,
    urgency: v.urgency,
    acceptedAt: v.acceptedAt,
    confirmedAt,
  });
  return [{ type: 'AppointmentConfirmed', data: { visitId: v.visitId, confirmedAt, arrival } }];
}
