import type { Aggregate, Decider } from '@aftersales/cqrs';
import { NotFound, RuleViolation } from '@aftersales/kernel';
import { addMonths } from '../warranty/local-dates';
import type { Contract, ContractKind, ProductEvent, ProductFacts } from './product.events';

export type ProductState =
  | { readonly exists: false }
  | (ProductFacts & {
      readonly exists: true;
      readonly contracts: readonly Contract[];
      readonly notified: readonly string[];
      readonly warrantyStartsOn?: string;
      readonly replaces?: string;
      readonly replacedBy?: string;
    });

export type ProductCommand =
  | ({ type: 'RegisterProduct'; source: 'import' | 'intake' } & ProductFacts)
  | {
      type: 'AddContract';
      serial: string;
      contractId: string;
      kind: ContractKind;
      startsOn: string;
      endsOn: string;
    }
  | { type: 'NotifyContractExpiry'; serial: string; contractId: string }
  | {
      type: 'LinkReplacement';
      serial: string;
      replaces: string;
      /** The faulty unit's warranty start (inherited), or undefined for a fresh period. */
      inheritedStart?: string;
      facts: ProductFacts;
      rmaId: string;
    }
  | { type: 'MarkReplaced'; serial: string; replacement: string; rmaId: string };

export interface ProductContext {
  readonly now: Date;
  /** CLM-2: months before expiry the customer is told, per contract kind. */
  readonly noticeMonths: Readonly<Record<ContractKind, number>>;
}

const sameFacts = (a: ProductFacts, b: ProductFacts) =>
  a.model === b.model &&
  a.customerId === b.customerId &&
  a.branch === b.branch &&
  a.deliveryDate === b.deliveryDate &&
  a.commissioningDate === b.commissioningDate;

const factsOf = (c: ProductFacts): ProductFacts => ({
  serial: c.serial,
  model: c.model,
  customerId: c.customerId,
  branch: c.branch,
  ...(c.deliveryDate ? { deliveryDate: c.deliveryDate } : {}),
  ...(c.commissioningDate ? { commissioningDate: c.commissioningDate } : {}),
});

/** CLM-1: a product is commissioned on or after its delivery. */
export function assertDates(facts: ProductFacts): void {
  if (facts.deliveryDate && facts.commissioningDate && facts.commissioningDate < facts.deliveryDate)
    throw new RuleViolation(
      'CLM-1',
      `commissioningDate ${facts.commissioningDate} is before deliveryDate ${facts.deliveryDate}`,
    );
}

/** Where the warranty of a product starts (CLM-1, CLM-7). */
export function warrantyStartOf(state: ProductState): string | undefined {
  if (!state.exists) return undefined;
  return state.warrantyStartsOn ?? state.commissioningDate ?? state.deliveryDate;
}

/** The maintenance contract in force on a date (CLM-2). */
export function contractOn(state: ProductState, date: string): Contract | undefined {
  if (!state.exists) return undefined;
  return state.contracts.find((c) => c.startsOn <= date && date <= c.endsOn);
}

export const productDecider: Decider<ProductCommand, ProductEvent, ProductState, ProductContext> = {
  initialState: { exists: false },
  evolve(state, event) {
    switch (event.type) {
      case 'ProductRegistered':
        return { exists: true, ...factsOf(event.data), contracts: [], notified: [] };
      case 'ProductDetailsChanged':
        return state.exists ? { ...state, ...factsOf(event.data) } : state;
      case 'ContractAdded': {
        if (!state.exists) return state;
        const { contractId, kind, startsOn, endsOn, noticeOn } = event.data;
        return {
          ...state,
          contracts: [...state.contracts, { contractId, kind, startsOn, endsOn, noticeOn }],
        };
      }
      case 'ContractExpiryNotified':
        return state.exists ? { ...state, notified: [...state.notified, event.data.contractId] } : state;
      case 'ReplacementLinked':
        return state.exists
          ? { ...state, replaces: event.data.replaces, warrantyStartsOn: event.data.warrantyStartsOn }
          : state;
      case 'ReplacedBy':
        return state.exists ? { ...state, replacedBy: event.data.replacement } : state;
    }
  },
  decide(command, state, { now, noticeMonths }) {
    const at = now.toISOString();
    switch (command.type) {
      case 'RegisterProduct': {
        const facts = factsOf(command);
        assertDates(facts);
        if (!state.exists)
          return [
            { type: 'ProductRegistered', data: { ...facts, source: command.source, registeredAt: at } },
          ];
        // Intake only fills in what the registry lacks; an import is the registry's own record.
        const next: ProductFacts =
          command.source === 'intake'
            ? factsOf({
                ...facts,
                model: state.model,
                customerId: state.customerId,
                branch: state.branch,
                deliveryDate: state.deliveryDate ?? facts.deliveryDate,
                commissioningDate: state.commissioningDate ?? facts.commissioningDate,
              })
            : facts;
        assertDates(next);
        if (sameFacts(state, next)) return [];
        return [{ type: 'ProductDetailsChanged', data: { ...next, source: command.source, changedAt: at } }];
      }
      case 'AddContract': {
        if (!state.exists) throw new NotFound('product', command.serial);
        const { contractId, kind, startsOn, endsOn } = command;
        if (endsOn < startsOn)
          throw new RuleViolation('CLM-2', `endsOn ${endsOn} is before startsOn ${startsOn}`);
        const same = state.contracts.find((c) => c.contractId === contractId);
        if (same) {
          if (same.kind === kind && same.startsOn === startsOn && same.endsOn === endsOn) return [];
          throw new RuleViolation('CLM-2', `contract ${contractId} is already registered with other terms`);
        }
        const overlapping = state.contracts.find((c) => c.startsOn <= endsOn && startsOn <= c.endsOn);
        if (overlapping)
          throw new RuleViolation(
            'CLM-2',
            `contract overlaps ${overlapping.contractId} (${overlapping.startsOn} to ${overlapping.endsOn}) on serial ${state.serial}`,
          );
        const noticeOn = addMonths(endsOn, -noticeMonths[kind]);
        return [
          {
            type: 'ContractAdded',
            data: {
              serial: state.serial,
              branch: state.branch,
              contractId,
              kind,
              startsOn,
              endsOn,
              noticeOn,
              addedAt: at,
            },
          },
        ];
      }
      case 'NotifyContractExpiry': {
        if (!state.exists || state.notified.includes(command.contractId)) return [];
        const contract = state.contracts.find((c) => c.contractId === command.contractId);
        if (!contract) return [];
        return [
          {
            type: 'ContractExpiryNotified',
            data: {
              serial: state.serial,
              branch: state.branch,
              contractId: contract.contractId,
              endsOn: contract.endsOn,
              notifiedAt: at,
            },
          },
        ];
      }
      case 'LinkReplacement': {
        if (state.exists && state.replaces === command.replaces) return [];
        const facts = factsOf(command.facts);
        const registered: ProductEvent[] = state.exists
          ? []
          : [{ type: 'ProductRegistered', data: { ...facts, source: 'intake', registeredAt: at } }];
        const warrantyStartsOn = command.inheritedStart ?? facts.commissioningDate ?? at.slice(0, 10);
        return [
          ...registered,
          {
            type: 'ReplacementLinked',
            data: {
              serial: facts.serial,
              branch: facts.branch,
              replaces: command.replaces,
              warrantyStartsOn,
              rmaId: command.rmaId,
              linkedAt: at,
            },
          },
        ];
      }
      case 'MarkReplaced': {
        if (!state.exists) throw new NotFound('product', command.serial);
        if (state.replacedBy === command.replacement) return [];
        return [
          {
            type: 'ReplacedBy',
            data: {
              serial: state.serial,
              branch: state.branch,
              replacement: command.replacement,
              rmaId: command.rmaId,
              at,
            },
          },
        ];
      }
    }
  },
};

export const productAggregate = (
  noticeMonths: ProductContext['noticeMonths'],
): Aggregate<ProductCommand, ProductEvent, ProductState, ProductContext> => ({
  category: 'product',
  idOf: (command) => command.serial,
  decider: productDecider,
  context: (now) => ({ now, noticeMonths }),
});
