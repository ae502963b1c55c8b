import { Conflict } from '@aftersales/kernel';
import type { CaseEvent, CaseRegistered, CustomerDetails, ProductDetails } from '../case.events';
import type { CaseState } from '../case.state';
import type { CaseKind, Channel, Severity } from '../case.vocabulary';
import type { DecideContext } from '../case.decide-context';
import { addMinutes, responseDeadlineMinutes } from '../intake-policy';

export interface RegisterCase {
  readonly type: 'RegisterCase';
  readonly caseId: string;
  /** Assigned before deciding by the organisation-wide sequence (INT-1). */
  readonly caseNumber: string;
  readonly branch: string;
  readonly channel: Channel;
  readonly kind: CaseKind;
  readonly severity: Severity;
  readonly customer: CustomerDetails;
  readonly product: ProductDetails;
  readonly problem: { readonly description: string; readonly symptomCode?: string };
  readonly followUpOf?: { readonly caseId: string; readonly handledByRole: string };
}

/** Roles told at once about a major case (INT-3). */
export const MAJOR_CASE_NOTIFY_ROLES = ['after-sales-head', 'executive'] as const;

export function deadlinesFor(
  kind: CaseKind,
  channel: Channel,
  severity: Severity,
  registeredAt: Date,
  { policy }: Pick<DecideContext, 'policy'>,
) {
  const response = responseDeadlineMinutes(policy, kind, channel);
  return {
    responseDueAt: addMinutes(registeredAt, response.minutes).toISOString(),
    responseDeadlineSource: response.source,
    resolutionDueAt: addMinutes(registeredAt, policy.resolutionMinutes[severity]).toISOString(),
  };
}

/** INT-1 register from any channel; INT-3 major cases notify at once; INT-4/5 deadlines; INT-10 VIP priority. */
export function registerCase(command: RegisterCase, state: CaseState, ctx: DecideContext): CaseEvent[] {
  if (state.exists) throw new Conflict(`case ${command.caseId} is already registered as ${state.caseNumber}`);
  const registered: CaseRegistered = {
    type: 'CaseRegistered',
    data: {
      caseId: command.caseId,
      caseNumber: command.caseNumber,
      branch: command.branch,
      channel: command.channel,
      kind: command.kind,
      severity: command.severity,
      registeredAt: ctx.now.toISOString(),
      customer: command.customer,
      product: command.product,
      problem: command.problem,
      priority: command.customer.vip || command.severity === 'major' ? 'high' : 'normal',
      ...deadlinesFor(command.kind, command.channel, command.severity, ctx.now, ctx),
      ...(command.followUpOf ? { followUpOf: command.followUpOf } : {}),
    },
  };
  const events: CaseEvent[] = [registered];
  if (command.severity === 'major') {
    events.push({
      type: 'MajorCaseNotified',
      data: {
        caseId: command.caseId,
        notifyRoles: [...MAJOR_CASE_NOTIFY_ROLES],
        reason: 'registered as major',
      },
    });
  }
  return events;
}
