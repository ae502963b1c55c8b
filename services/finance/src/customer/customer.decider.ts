import type { Aggregate, Decider } from '@aftersales/cqrs';
import { RuleViolation, type Money } from '@aftersales/kernel';
import type { DecidedBy } from '../ledger/ledger.events';

/** FIN-7: a customer's purchases and returned/exchanged value over its contract period. */
export interface CustomerTotals {
  readonly purchased: Money;
  readonly exchanged: Money;
  readonly periodFrom: string;
  readonly periodTo?: string;
  /** The exchange-rate limit of the customer's contract (exchanged ÷ purchased), in basis points. */
  readonly exchangeLimitBp?: number;
}

export type CustomerEvent =
  | {
      type: 'CustomerTermsSet';
      data: { customerId: string; totals: CustomerTotals; setBy: DecidedBy; at: string };
    }
  | {
      type: 'ExchangedValueRecorded';
      data: {
        customerId: string;
        rmaId: string;
        amount: Money;
        sourceEventId: string;
        totals: CustomerTotals;
        at: string;
      };
    };

export type CustomerState =
  | { readonly exists: false }
  | { readonly exists: true; readonly totals: CustomerTotals; readonly rmas: readonly string[] };

export interface SetCustomerTerms {
  readonly type: 'SetCustomerTerms';
  readonly customerId: string;
  readonly purchased: Money;
  readonly periodFrom: string;
  readonly periodTo?: string;
  readonly exchangeLimitBp: number;
  readonly by: DecidedBy;
}

export interface RecordExchangedValue {
  readonly type: 'RecordExchangedValue';
  readonly customerId: string;
  readonly rmaId: string;
  readonly amount: Money;
  readonly sourceEventId: string;
}

export type CustomerCommand = SetCustomerTerms | RecordExchangedValue;

export interface CustomerDecideContext {
  readonly now: Date;
  readonly currency: string;
}

function requireMoney(m: Money, ctx: CustomerDecideContext, what: string): Money {
  if (!Number.isSafeInteger(m.amountMinor) || m.amountMinor < 0)
    throw new RuleViolation('FIN-9', `${what} must be a non-negative integer of minor units`);
  if (m.currency !== ctx.currency)
    throw new RuleViolation('FIN-9', `the ledger is kept in ${ctx.currency}, not ${m.currency}`);
  return { amountMinor: m.amountMinor, currency: m.currency };
}

/** FIN-7: whether the customer has exchanged more than its contract allows. */
export function overLimit(t: CustomerTotals): boolean {
  if (t.exchangeLimitBp === undefined) return false;
  return t.exchanged.amountMinor * 10_000 > t.purchased.amountMinor * t.exchangeLimitBp;
}

/** FIN-7: finance keeps each customer's purchases (by hand) and returned value (from warehouse returns). */
export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState, CustomerDecideContext> =
  {
    initialState: { exists: false },
    evolve: (state, event) => ({
      exists: true,
      totals: event.data.totals,
      rmas:
        event.type === 'ExchangedValueRecorded'
          ? [...(state.exists ? state.rmas : []), event.data.rmaId]
          : state.exists
            ? state.rmas
            : [],
    }),
    decide(command, state, ctx) {
      const at = ctx.now.toISOString();
      const zero = { amountMinor: 0, currency: ctx.currency };
      if (command.type === 'SetCustomerTerms') {
        if (command.periodTo && command.periodTo < command.periodFrom)
          throw new RuleViolation('FIN-7', 'the contract period ends before it starts');
        const totals: CustomerTotals = {
          purchased: requireMoney(command.purchased, ctx, 'the purchased value'),
          exchanged: state.exists ? state.totals.exchanged : zero,
          periodFrom: command.periodFrom,
          ...(command.periodTo ? { periodTo: command.periodTo } : {}),
          exchangeLimitBp: command.exchangeLimitBp,
        };
        return [
          {
            type: 'CustomerTermsSet',
            data: { customerId: command.customerId, totals, setBy: command.by, at },
          },
        ];
      }
      if (state.exists && state.rmas.includes(command.rmaId)) return [];
      const amount = requireMoney(command.amount, ctx, 'the returned value');
      const before: CustomerTotals = state.exists
        ? state.totals
        : { purchased: zero, exchanged: zero, periodFrom: at.slice(0, 10) };
      const totals = {
        ...before,
        exchanged: { amountMinor: before.exchanged.amountMinor + amount.amountMinor, currency: ctx.currency },
      };
      return [
        {
          type: 'ExchangedValueRecorded',
          data: {
            customerId: command.customerId,
            rmaId: command.rmaId,
            amount,
            sourceEventId: command.sourceEventId,
            totals,
            at,
          },
        },
      ];
    },
  };

export const CUSTOMER = 'customer';

export const customerAggregate = (
  currency: string,
): Aggregate<CustomerCommand, CustomerEvent, CustomerState, CustomerDecideContext> => ({
  category: CUSTOMER,
  idOf: (command) => command.customerId,
  decider: customerDecider,
  context: (now) => ({ now, currency }),
});
