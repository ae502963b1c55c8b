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

/** FIN-8: a branch's month as a command found it: closed or not, and its stream as read. */
export interface PeriodRead {
  readonly closed: boolean;
  readonly streamId: string;
  readonly version: number;
}
/** FIN-8: looked up when a command posts into a branch's month. */
export type ReadPeriod = (branch: string, period: string) => Promise<PeriodRead>;

/** How the ledger reads months: the lookup, and what to do when a posting found one had moved. */
export interface Periods {
  readonly read: ReadPeriod;
  /** A close committed since the month was read (the posting's condition failed). */
  readonly moved: (streamId: string) => void;
}

export const ledgerAggregate = (
  currency: string,
  timeZone: string,
  periods: Periods,
): Aggregate<LedgerCommand, LedgerEvent, LedgerState, LedgerDecideContext> => ({
  category: LEDGER,
  idOf: (command) => command.caseId,
  decider: ledgerDecider,
  async context(now, command, state) {
    if (command.type === 'RecordCost' || command.type === 'RejectCost') return { now, currency };
    const period =
      (command.type === 'ApproveCost' && command.period) || periodOf(now.toISOString(), timeZone);
    const branch = state.exists && state.branch ? state.branch : 'branch' in command ? command.branch : '';
    if (!branch) return { now, currency, period, periodClosed: false };
    const read = await periods.read(branch, period);
    return { now, currency, period, periodClosed: read.closed, periodRead: read };
  },
  // FIN-8: a close that commits between this read and the posting fails the posting's append; it
  // is decided again, into the next open month or refused, never recorded into the closed one.
  conditions: ({ periodRead }) =>
    periodRead
      ? [
          {
            streamId: periodRead.streamId,
            expectedVersion: periodRead.version === 0 ? 'no-stream' : periodRead.version,
          },
        ]
      : [],
  conditionFailed: (streamId) => periods.moved(streamId),
});
