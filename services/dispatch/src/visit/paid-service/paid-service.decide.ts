import { money, RuleViolation, type Money } from '@aftersales/kernel';
import { formatLocalDate, localDateOf } from '@aftersales/scheduling';
import { branchPolicy } from '../../dispatch-policy';
import type { ServiceClass } from '../../dispatch.vocabulary';
import type { VisitEvent } from '../visit.events';
import type { ExistingVisit, VisitState } from '../visit.state';
import { existingVisit, requireText, type VisitDecideContext } from '../visit.decide-context';

/** CLM-3 the class claims decided (reaction to claims' service-classified). */
export interface RecordServiceClass {
  readonly type: 'RecordServiceClass';
  readonly visitId: string;
  readonly serviceClass: ServiceClass;
}

export interface CollectServiceFee {
  readonly type: 'CollectServiceFee';
  readonly visitId: string;
  readonly amount: Money;
  readonly receiptNo: string;
  readonly collectedBy: string;
}

export interface RequestInvoice {
  readonly type: 'RequestInvoice';
  readonly visitId: string;
  readonly amount: Money;
  readonly description: string;
}

export function recordServiceClass(
  command: RecordServiceClass,
  state: VisitState,
  _ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  if (v.serviceClass === command.serviceClass) return [];
  return [{ type: 'ServiceClassRecorded', data: { visitId: v.visitId, serviceClass: command.serviceClass } }];
}

function requirePaidAndUnsettled(v: ExistingVisit, amount: Money): Money {
  if (v.serviceClass !== 'paid') {
    throw new RuleViolation(
      'DSP-7',
      `visit ${v.visitId} is ${v.serviceClass ?? 'not classified'} service, not paid (CLM-3)`,
    );
  }
  if (v.feeCollected || v.invoiceRequested) {
    throw new RuleViolation('DSP-7', `visit ${v.visitId} is already settled on site or invoiced`);
  }
  if (!['on-site', 'completed', 'repaired', 'returned'].includes(v.status)) {
    throw new RuleViolation('DSP-7', `paid service is charged once it is delivered: visit is ${v.status}`);
  }
  const checked = money(amount.amountMinor, amount.currency);
  if (checked.amountMinor <= 0) throw new RuleViolation('DSP-7', 'a service fee is positive');
  return checked;
}

/** DSP-7 a small fee collected on site, handed to the cashier. */
export function collectServiceFee(
  command: CollectServiceFee,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  const amount = requirePaidAndUnsettled(v, command.amount);
  return [
    {
      type: 'ServiceFeeCollected',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        amount,
        receiptNo: requireText(command.receiptNo, 'DSP-7', 'the fee receipt number'),
        collectedBy: requireText(command.collectedBy, 'DSP-7', 'who collected the fee'),
        collectedAt: ctx.now.toISOString(),
      },
    },
  ];
}

/** DSP-7/FIN-5 otherwise finance invoices the service on the day it is delivered. */
export function requestInvoice(
  command: RequestInvoice,
  state: VisitState,
  ctx: VisitDecideContext,
): VisitEvent[] {
  const v = existingVisit(state, command.visitId);
  const amount = requirePaidAndUnsettled(v, command.amount);
  const timeZone = branchPolicy(ctx.policy, v.branch).calendar.timeZone;
  return [
    {
      type: 'InvoiceRequested',
      data: {
        visitId: v.visitId,
        caseId: v.caseId,
        branch: v.branch,
        amount,
        description: requireText(command.description, 'DSP-7', 'what is invoiced'),
        invoiceDate: formatLocalDate(localDateOf(timeZone, ctx.now.getTime())),
        requestedAt: ctx.now.toISOString(),
      },
    },
  ];
}
