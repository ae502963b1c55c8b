import { RuleViolation, type Money } from '@aftersales/kernel';
import { BEARERS, COST_KINDS, STAFF_COST_KINDS, type Bearer, type CostKind } from '../../finance.vocabulary';
import type { CostSource, LedgerEvent } from '../ledger.events';
import type { LedgerState } from '../ledger.state';
import { requireText, type LedgerDecideContext } from '../ledger.decide-context';

export interface RecordCost {
  readonly type: 'RecordCost';
  readonly caseId: string;
  readonly costId: string;
  readonly branch: string;
  readonly kind: CostKind;
  readonly amount: Money;
  readonly bearer: Bearer;
  readonly customerId?: string;
  readonly description: string;
  readonly source: CostSource;
}

/** FIN-1 every cost recorded against its case with its kind and source; FIN-9 exact money. */
export function recordCost(command: RecordCost, state: LedgerState, ctx: LedgerDecideContext): LedgerEvent[] {
  if (state.exists && state.costs[command.costId]) return [];
  if (!COST_KINDS.includes(command.kind))
    throw new RuleViolation('FIN-1', `unknown cost kind: ${command.kind}`);
  if (!BEARERS.includes(command.bearer))
    throw new RuleViolation('FIN-1', `unknown bearer: ${command.bearer}`);
  const { amountMinor, currency } = command.amount;
  if (!Number.isSafeInteger(amountMinor))
    throw new RuleViolation('FIN-9', 'the amount must be an integer of minor units');
  if (amountMinor <= 0) throw new RuleViolation('FIN-1', 'a cost must be a positive amount');
  if (currency !== ctx.currency)
    throw new RuleViolation('FIN-9', `the ledger is kept in ${ctx.currency}, not ${currency}`);
  if (
    STAFF_COST_KINDS.includes(command.kind) &&
    command.bearer !== 'branch' &&
    command.bearer !== 'head-office'
  )
    throw new RuleViolation('FIN-2', `${command.kind} is borne by the staff member's branch or head office`);
  if (state.exists && state.branch && state.branch !== command.branch)
    throw new RuleViolation('FIN-1', `the case is kept in branch ${state.branch}, not ${command.branch}`);
  return [
    {
      type: 'CostRecorded',
      data: {
        caseId: command.caseId,
        costId: command.costId,
        branch: requireText(command.branch, 'FIN-1', 'the branch'),
        kind: command.kind,
        amount: { amountMinor, currency },
        bearer: command.bearer,
        ...(command.customerId ? { customerId: command.customerId } : {}),
        description: requireText(command.description, 'FIN-1', 'a description'),
        source: command.source,
        recordedAt: ctx.now.toISOString(),
      },
    },
  ];
}
