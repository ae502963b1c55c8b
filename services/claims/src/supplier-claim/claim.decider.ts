import type { Aggregate, Decider } from '@aftersales/cqrs';
import { NotFound, RuleViolation, type Money } from '@aftersales/kernel';
import type { ClaimEvent, ClaimNotice, ClaimStatus, DisputeEvidence } from './claim.events';

export type ClaimState =
  { readonly exists: false } | (ClaimNotice & { readonly exists: true; readonly status: ClaimStatus });

export type ClaimCommand =
  | ({ type: 'IssueClaim' } & Omit<ClaimNotice, 'respondBy'>)
  | { type: 'ConfirmClaim'; claimId: string; amount: Money }
  | { type: 'DisputeClaim'; claimId: string; reason: string; evidence?: readonly DisputeEvidence[] }
  | { type: 'ConfirmOnWindowPassed'; claimId: string }
  | { type: 'UpholdClaim'; claimId: string; attributionId: string }
  | { type: 'WithdrawClaim'; claimId: string; reason: string; attributionId: string };

export interface ClaimContext {
  readonly now: Date;
  /** CLM-4: when the supplier's answer is due for a claim issued now (branch calendar). */
  readonly respondBy: (issuedAt: Date, branch: string) => Date;
}

const sameMoney = (a: Money, b: Money) => a.amountMinor === b.amountMinor && a.currency === b.currency;

export const claimDecider: Decider<ClaimCommand, ClaimEvent, ClaimState, ClaimContext> = {
  initialState: { exists: false },
  evolve(state, event) {
    switch (event.type) {
      case 'SupplierClaimIssued': {
        const { issuedAt: _at, ...notice } = event.data;
        return { exists: true, ...notice, status: 'issued' };
      }
      case 'SupplierClaimAmended':
        return state.exists
          ? {
              ...state,
              amount: event.data.amount,
              shareBp: event.data.shareBp,
              attributionId: event.data.attributionId,
            }
          : state;
      case 'SupplierClaimConfirmed':
        return state.exists ? { ...state, status: 'confirmed' } : state;
      case 'SupplierClaimDisputed':
        return state.exists ? { ...state, status: 'disputed' } : state;
      case 'SupplierClaimWithdrawn':
        return state.exists ? { ...state, status: 'withdrawn' } : state;
    }
  },
  decide(command, state, { now, respondBy }) {
    const at = now.toISOString();
    if (command.type === 'IssueClaim') {
      const { type: _t, ...notice } = command;
      if (!state.exists || state.status === 'withdrawn')
        return [
          {
            type: 'SupplierClaimIssued',
            data: { ...notice, respondBy: respondBy(now, notice.branch).toISOString(), issuedAt: at },
          },
        ];
      if (sameMoney(state.amount, notice.amount) && state.shareBp === notice.shareBp) return [];
      return [
        {
          type: 'SupplierClaimAmended',
          data: {
            claimId: state.claimId,
            caseId: state.caseId,
            branch: state.branch,
            supplierId: state.supplierId,
            attributionId: notice.attributionId,
            shareBp: notice.shareBp,
            amount: notice.amount,
            previousAmount: state.amount,
            amendedAt: at,
          },
        },
      ];
    }
    if (!state.exists) throw new NotFound('supplier claim', command.claimId);
    const of = {
      claimId: state.claimId,
      caseId: state.caseId,
      branch: state.branch,
      supplierId: state.supplierId,
    };
    switch (command.type) {
      case 'ConfirmClaim':
        if (state.status !== 'issued' && state.status !== 'disputed')
          throw new RuleViolation(
            'CLM-4',
            `the claim is ${state.status}; only an open claim can be confirmed`,
          );
        if (!sameMoney(command.amount, state.amount))
          throw new RuleViolation(
            'CLM-4',
            `amount ${command.amount.amountMinor} ${command.amount.currency} does not match the share table's ${state.amount.amountMinor} ${state.amount.currency}`,
          );
        return [
          {
            type: 'SupplierClaimConfirmed',
            data: { ...of, amount: state.amount, confirmedBy: 'supplier', confirmedAt: at },
          },
        ];
      case 'DisputeClaim':
        if (state.status !== 'issued')
          throw new RuleViolation(
            'CLM-4',
            `the claim is ${state.status}; only an issued claim can be disputed`,
          );
        // QC-4: the dispute names the attribution in force the claim stands on, for QC to review.
        return [
          {
            type: 'SupplierClaimDisputed',
            data: {
              ...of,
              inspectionId: state.inspectionId,
              attributionId: state.attributionId,
              reason: command.reason,
              evidence: command.evidence ?? [],
              disputedAt: at,
            },
          },
        ];
      case 'ConfirmOnWindowPassed':
        // A disputed claim waits for QC-4; the window only confirms silence.
        if (state.status !== 'issued' || now.getTime() < Date.parse(state.respondBy)) return [];
        return [
          {
            type: 'SupplierClaimConfirmed',
            data: { ...of, amount: state.amount, confirmedBy: 'response-window-passed', confirmedAt: at },
          },
        ];
      case 'UpholdClaim':
        // QC-4 kept the disputed attribution in force: the claim stands as issued.
        if (state.status !== 'disputed') return [];
        return [
          {
            type: 'SupplierClaimConfirmed',
            data: { ...of, amount: state.amount, confirmedBy: 'attribution-upheld', confirmedAt: at },
          },
        ];
      case 'WithdrawClaim':
        if (state.status === 'withdrawn') return [];
        return [
          {
            type: 'SupplierClaimWithdrawn',
            data: { ...of, reason: command.reason, attributionId: command.attributionId, withdrawnAt: at },
          },
        ];
    }
  },
};

export const claimAggregate = (
  respondBy: ClaimContext['respondBy'],
): Aggregate<ClaimCommand, ClaimEvent, ClaimState, ClaimContext> => ({
  category: 'claim',
  idOf: (command) => command.claimId,
  decider: claimDecider,
  context: (now) => ({ now, respondBy }),
});
