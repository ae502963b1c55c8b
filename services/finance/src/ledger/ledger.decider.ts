import type { Aggregate, Decider } from '@aftersales/cqrs';
import { periodOf } from '../period/accounting-period';
import type { LedgerEvent } from './ledger.events';
import { evolveLedger, initialLedgerState, type LedgerState } from './ledger.state';
import type { LedgerDecideContext } from './ledger.decide-context';
import { recordCost, type RecordCost } from './record-cost/record-cost.decide';
import {
  approveCost,
  rejectCost,
  reverseCost,
  type ApproveCost,
  type RejectCost,
  type ReverseCost,
} from './audit-cost/audit-cost.decide';
import { applyAttribution, type ApplyAttribution } from './apply-attribution/apply-attribution.decide';
import { chargeBack, type ChargeBack } from './charge-back/charge-back.decide';
import { issueInvoice, type IssueInvoice } from './issue-invoice/issue-invoice.decide';

export type LedgerCommand =
  RecordCost | ApproveCost | RejectCost | ReverseCost | ApplyAttribution | ChargeBack | IssueInvoice;

/** A case's money: its costs, their audit, and the journal entries they cause (FIN-1 … FIN-5, FIN-9). */
export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState, LedgerDecideContext> = {
  initialState: initialLedgerState,
  evolve: evolveLedger,
  decide(command, state, ctx) {
    switch (command.type) {
      case 'RecordCost':
        return recordCost(command, state, ctx);
      case 'ApproveCost':
        return approveCost(command, state, ctx);
      case 'RejectCost':
        return rejectCost(command, state, ctx);
      case 'ReverseCost':
        return reverseCost(command, state, ctx);
      case 'ApplyAttribution':
        return applyAttribution(command, state, ctx);
      case 'ChargeBack':
        return chargeBack(command, state, ctx);
      case 'IssueInvoice':
        return issueInvoice(command, state, ctx);
    }
  },
};

export const LEDGER = 'ledger';
export const ledgerStreamId = (caseId: string) => `${LEDGER}-${caseId}`;

/** FIN-8: whether a branch's month is closed, looked up when a command posts into it. */
export type IsPeriodClosed = (branch: string, period: string) => Promise<boolean>;

export const ledgerAggregate = (
  currency: string,
  timeZone: string,
  isClosed: IsPeriodClosed,
): Aggregate<LedgerCommand, LedgerEvent, LedgerState, LedgerDecideContext> => ({
  category: LEDGER,
  idOf: (command) => command.caseId,
  decider: ledgerDecider,
  async context(now, command, state) {
    if (command.type === 'RecordCost' || command.type === 'RejectCost') return { now, currency };
    const period =
      (command.type === 'ApproveCost' && command.period) || periodOf(now.toISOString(), timeZone);
    const branch = state.exists && state.branch ? state.branch : 'branch' in command ? command.branch : '';
    return { now, currency, period, periodClosed: branch ? await isClosed(branch, period) : false };
  },
});
