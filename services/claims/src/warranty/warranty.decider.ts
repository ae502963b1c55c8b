import type { Aggregate, Decider } from '@aftersales/cqrs';
import { RuleViolation, type Money } from '@aftersales/kernel';
import { contractOn, warrantyStartOf, type ProductState } from '../product/product.decider';
import { dateIn } from './local-dates';
import type { Attribution, WarrantyEvent } from './warranty.events';
import {
  classifyService,
  warrantyTerms,
  type ServiceClass,
  type WarrantyPolicy,
  type WarrantyStanding,
} from './warranty-terms';

type CaseNoted = Extract<WarrantyEvent, { type: 'CaseNoted' }>['data'];

export interface WarrantyState {
  readonly exists: boolean;
  readonly caseId?: string;
  readonly branch?: string;
  readonly caseFacts?: CaseNoted;
  readonly serviceClass?: ServiceClass;
  readonly standing?: WarrantyStanding;
  readonly attribution?: Attribution;
  /** Every supplier an attribution of this case ever named (their claims may need withdrawing). */
  readonly suppliersNamed: readonly string[];
  readonly costs: Readonly<Record<string, Money>>;
  /** CLM-5: per part number, how many are due back and how many came back. */
  readonly recovery: Readonly<Record<string, { readonly due: number; readonly recovered: number }>>;
  readonly visitsNoted: readonly string[];
}

export type WarrantyCommand =
  | ({ type: 'NoteCase' } & CaseNoted)
  | {
      type: 'AssessWarranty';
      caseId: string;
      /** The registry's record of the case's serial (looked up before deciding). */
      product: ProductState;
      /** The branch's time zone: the warranty is counted in its calendar. */
      timeZone: string;
    }
  | ({ type: 'NoteAttribution'; caseId: string; branch?: string } & Attribution)
  | { type: 'NoteApprovedCost'; caseId: string; costId: string; amount: Money }
  | {
      type: 'NoteVisit';
      caseId: string;
      visitId: string;
      what: 'visit-completed' | 'product-taken-back';
      at: string;
      /** Parts the visit replaced (dispatch's visit-completed). */
      parts?: { partNo: string; qty: number }[];
      /** The month of the visit in the branch's calendar (YYYY-MM). */
      period?: string;
    }
  | { type: 'RecordRecoveredParts'; caseId: string; partNo: string; qty: number };

export interface WarrantyContext {
  readonly now: Date;
  readonly policy: WarrantyPolicy;
}

export const humanDamageIn = (state: WarrantyState): boolean =>
  (state.caseFacts?.customerDamage ?? false) ||
  (state.attribution?.shares.some((s) => s.kind === 'customer') ?? false);

export const warrantyDecider: Decider<WarrantyCommand, WarrantyEvent, WarrantyState, WarrantyContext> = {
  initialState: { exists: false, suppliersNamed: [], costs: {}, recovery: {}, visitsNoted: [] },
  evolve(state, event) {
    switch (event.type) {
      case 'CaseNoted':
        return {
          ...state,
          exists: true,
          caseId: event.data.caseId,
          branch: event.data.branch,
          caseFacts: event.data,
        };
      case 'WarrantyAssessed':
        return {
          ...state,
          exists: true,
          serviceClass: event.data.serviceClass,
          standing: event.data.standing,
        };
      case 'ServiceClassified':
        return state;
      case 'VisitNoted':
        return { ...state, visitsNoted: [...state.visitsNoted, `${event.data.visitId}:${event.data.what}`] };
      case 'PartsDueForRecovery': {
        const recovery = { ...state.recovery };
        for (const { partNo, qty } of event.data.parts) {
          const line = recovery[partNo] ?? { due: 0, recovered: 0 };
          recovery[partNo] = { ...line, due: line.due + qty };
        }
        return { ...state, recovery };
      }
      case 'PartsRecovered': {
        const line = state.recovery[event.data.partNo] ?? { due: 0, recovered: 0 };
        return {
          ...state,
          recovery: {
            ...state.recovery,
            [event.data.partNo]: { ...line, recovered: line.recovered + event.data.qty },
          },
        };
      }
      case 'AttributionNoted': {
        const { inspectionId, attributionId, shares } = event.data;
        const named = shares.filter((s) => s.kind === 'supplier').map((s) => s.partyKey);
        return {
          ...state,
          exists: true,
          caseId: event.data.caseId,
          branch: state.branch ?? event.data.branch,
          attribution: { inspectionId, attributionId, shares },
          suppliersNamed: [...new Set([...state.suppliersNamed, ...named])],
        };
      }
      case 'ApprovedCostNoted':
        return {
          ...state,
          exists: true,
          caseId: event.data.caseId,
          costs: { ...state.costs, [event.data.costId]: event.data.amount },
        };
    }
  },
  decide(command, state, { now, policy }) {
    const at = now.toISOString();
    switch (command.type) {
      case 'NoteCase': {
        if (state.caseFacts) return [];
        const { type: _type, ...data } = command;
        return [{ type: 'CaseNoted', data }];
      }
      case 'NoteAttribution': {
        if (state.attribution?.attributionId === command.attributionId) return [];
        const { inspectionId, attributionId, shares } = command;
        const sum = shares.reduce((s, x) => s + x.shareBp, 0);
        if (sum !== 10_000)
          throw new RuleViolation('CLM-4', `the share table sums to ${sum} basis points, not 10000`);
        return [
          {
            type: 'AttributionNoted',
            data: {
              caseId: command.caseId,
              ...(command.branch ? { branch: command.branch } : {}),
              inspectionId,
              attributionId,
              shares,
              notedAt: at,
            },
          },
        ];
      }
      case 'NoteVisit': {
        // CLM-7: the serial's history lists the visits of its cases.
        const facts = state.caseFacts;
        if (!facts || state.visitsNoted.includes(`${command.visitId}:${command.what}`)) return [];
        const { caseId, visitId, what } = command;
        const noted: WarrantyEvent = { type: 'VisitNoted', data: { caseId, visitId, what, at: command.at } };
        const parts = (command.parts ?? []).filter((p) => p.qty > 0);
        // CLM-5: parts replaced free of charge are recovered for the claims.
        if (state.serviceClass !== 'free-warranty' || parts.length === 0) return [noted];
        return [
          noted,
          {
            type: 'PartsDueForRecovery',
            data: {
              caseId,
              branch: facts.branch,
              model: facts.model,
              visitId,
              parts,
              period: command.period ?? command.at.slice(0, 7),
              at,
            },
          },
        ];
      }
      case 'RecordRecoveredParts': {
        const facts = state.caseFacts;
        const line = state.recovery[command.partNo];
        const open = line ? line.due - line.recovered : 0;
        if (!facts || command.qty > open)
          throw new RuleViolation(
            'CLM-5',
            `${command.qty} × ${command.partNo} recovered, but ${open} of it ${open === 1 ? 'is' : 'are'} due back from case ${command.caseId}`,
          );
        return [
          {
            type: 'PartsRecovered',
            data: {
              caseId: command.caseId,
              branch: facts.branch,
              model: facts.model,
              partNo: command.partNo,
              qty: command.qty,
              at,
            },
          },
        ];
      }
      case 'NoteApprovedCost': {
        const known = state.costs[command.costId];
        if (
          known &&
          known.amountMinor === command.amount.amountMinor &&
          known.currency === command.amount.currency
        )
          return [];
        return [
          {
            type: 'ApprovedCostNoted',
            data: { caseId: command.caseId, costId: command.costId, amount: command.amount, notedAt: at },
          },
        ];
      }
      case 'AssessWarranty': {
        const facts = state.caseFacts;
        if (!facts) return []; // nothing to assess before intake's registration is known
        const serviceOn = dateIn(command.timeZone, facts.registeredAt);
        const startsOn = warrantyStartOf(command.product);
        const terms = startsOn ? warrantyTerms(startsOn, serviceOn, policy) : undefined;
        const standing: WarrantyStanding = terms?.standing ?? 'unregistered';
        const contract = contractOn(command.product, serviceOn);
        const humanDamage = humanDamageIn(state);
        const { serviceClass, reason } = classifyService({
          standing,
          humanDamage,
          contractId: contract?.contractId,
        });
        if (state.serviceClass === serviceClass && state.standing === standing) return [];
        const corrects =
          state.serviceClass && state.serviceClass !== serviceClass ? { corrects: state.serviceClass } : {};
        const of = { caseId: facts.caseId, branch: facts.branch, serial: facts.serial };
        return [
          {
            type: 'WarrantyAssessed',
            data: {
              ...of,
              standing,
              ...(startsOn ? { warrantyStartsOn: startsOn } : {}),
              ...(terms ? { fullUntil: terms.fullUntil, extendedUntil: terms.extendedUntil } : {}),
              serviceOn,
              humanDamage,
              ...(contract ? { contractId: contract.contractId } : {}),
              serviceClass,
              reason,
              ...corrects,
              assessedAt: at,
            },
          },
          // CLM-3: the class dispatch and finance act on, published apart from the warranty detail.
          { type: 'ServiceClassified', data: { ...of, serviceClass, reason, ...corrects, classifiedAt: at } },
        ];
      }
    }
  },
};

export const warrantyAggregate = (
  policy: WarrantyPolicy,
): Aggregate<WarrantyCommand, WarrantyEvent, WarrantyState, WarrantyContext> => ({
  category: 'warranty',
  idOf: (command) => command.caseId,
  decider: warrantyDecider,
  context: (now) => ({ now, policy }),
});
