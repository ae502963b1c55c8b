import type { Aggregate, Decider } from '@aftersales/cqrs';
import { NotFound, RuleViolation, type Money } from '@aftersales/kernel';
import type {
  ChargebackRefund,
  ClaimEvent,
  ClaimNotice,
  ClaimStatus,
  DisputeEvidence,
  DisputeReferrer,
} from './claim.events';

/** The supplier's dispute awaiting QC's review (QC-4). */
export interface PendingDispute {
  /** The attribution the supplier disputed. */
  readonly attributionId: string;
  readonly reason: string;
  readonly evidence: readonly DisputeEvidence[];
  readonly disputedAt: string;
  readonly referredAt?: string;
}

export type ClaimState =
  | { readonly exists: false }
  | (ClaimNotice & {
      readonly exists: true;
      readonly status: ClaimStatus;
      /** FIN-6: the amount confirmed, which finance charges back. */
      readonly confirmedAmount?: Money;
      readonly dispute?: PendingDispute;
      /** FIN-6: what finance credited back of the chargeback, oldest first. */
      readonly refunds: readonly ChargebackRefund[];
    });

export type ClaimCommand =
  | ({ type: 'IssueClaim' } & Omit<ClaimNotice, 'respondBy'>)
  | { type: 'ConfirmClaim'; claimId: string; amount: Money }
  | { type: 'DisputeClaim'; claimId: string; reason: string; evidence?: readonly DisputeEvidence[] }
  | { type: 'ConfirmOnWindowPassed'; claimId: string }
  | { type: 'UpholdClaim'; claimId: string; attributionId: string }
  | { type: 'WithdrawClaim'; claimId: string; reason: string; attributionId: string }
  | {
      type: 'ReferDispute';
      claimId: string;
      by: DisputeReferrer;
      /** The review's: only the dispute of this attribution, if it still waits. */
      attributionId?: string;
    }
  | ({ type: 'NoteChargebackRefund'; claimId: string } & ChargebackRefund);

export interface ClaimContext {
  readonly now: Date;
  /** CLM-4: when the supplier's answer is due for a claim issued now (branch calendar). */
  readonly respondBy: (issuedAt: Date, branch: string) => Date;
}

/** FIN-6: everything finance credited back of the claim's chargeback. */
export const refundedMinor = (state: ClaimState): number =>
  state.exists ? state.refunds.reduce((sum, r) => sum + r.amount.amountMinor, 0) : 0;

const sameMoney = (a: Money, b: Money) => a.amountMinor === b.amountMinor && a.currency === b.currency;

export const claimDecider: Decider<ClaimCommand, ClaimEvent, ClaimState, ClaimContext> = {
  initialState: { exists: false },
  evolve(state, event) {
    switch (event.type) {
      case 'SupplierClaimIssued': {
        const { issuedAt: _at, ...notice } = event.data;
        // Re-issued after a withdrawal or a review: the refunds of its earlier chargeback stay on the claim.
        return { exists: true, ...notice, status: 'issued', refunds: state.exists ? state.refunds : [] };
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
      case 'SupplierClaimConfirmed': {
        if (!state.exists) return state;
        const { dispute: _settled, ...rest } = state;
        return { ...rest, status: 'confirmed', confirmedAmount: event.data.amount };
      }
      case 'SupplierClaimDisputed':
        return state.exists
          ? {
              ...state,
              status: 'disputed',
              // Disputes recorded before claims named the attribution keep the claim's.
              inspectionId: event.data.inspectionId ?? state.inspectionId,
              attributionId: event.data.attributionId ?? state.attributionId,
              dispute: {
                attributionId: event.data.attributionId ?? state.attributionId,
                reason: event.data.reason,
                evidence: event.data.evidence ?? [],
                disputedAt: event.data.disputedAt,
              },
            }
          : state;
      case 'SupplierClaimDisputeReferred':
        return state.exists && state.dispute
          ? { ...state, dispute: { ...state.dispute, referredAt: event.data.referredAt } }
          : state;
      case 'SupplierClaimWithdrawn': {
        if (!state.exists) return state;
        const { dispute: _moot, ...rest } = state;
        return { ...rest, status: 'withdrawn' };
      }
      case 'SupplierClaimChargebackRefunded': {
        if (!state.exists) return state;
        const { refundId, amount, attributionId, reason, refundedAt } = event.data;
        return {
          ...state,
          refunds: [...state.refunds, { refundId, amount, attributionId, reason, refundedAt }],
        };
      }
    }
  },
  decide(command, state, { now, respondBy }) {
    const at = now.toISOString();
    if (command.type === 'IssueClaim') {
      const { type: _t, ...notice } = command;
      // QC-4: a review that superseded the disputed attribution, still naming the supplier, settles
      // the dispute: the claim is issued anew under the attribution in force, with a fresh window.
      const settledBySupersession =
        state.exists &&
        state.status === 'disputed' &&
        state.dispute !== undefined &&
        state.dispute.attributionId !== notice.attributionId;
      if (!state.exists || state.status === 'withdrawn' || settledBySupersession)
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
      case 'ReferDispute': {
        // QC-4: only a dispute still awaiting review goes to QC again; the timer's is a no-op otherwise.
        const pending =
          state.status === 'disputed' &&
          state.dispute !== undefined &&
          (command.attributionId === undefined || command.attributionId === state.dispute.attributionId);
        if (!pending || !state.dispute) {
          if (command.by === 'review-overdue') return [];
          throw new RuleViolation(
            'CLM-4',
            `the claim is ${state.status}; only a disputed claim awaiting QC's review can be referred again`,
          );
        }
        return [
          {
            type: 'SupplierClaimDisputeReferred',
            data: {
              ...of,
              inspectionId: state.inspectionId,
              attributionId: state.attributionId,
              reason: state.dispute.reason,
              evidence: state.dispute.evidence,
              disputedAt: state.dispute.disputedAt,
              referredBy: command.by,
              referredAt: at,
            },
          },
        ];
      }
      case 'NoteChargebackRefund': {
        const { type: _t, claimId: _c, ...refund } = command;
        if (state.refunds.some((r) => r.refundId === refund.refundId)) return [];
        if (!Number.isSafeInteger(refund.amount.amountMinor) || refund.amount.amountMinor <= 0)
          throw new RuleViolation('FIN-9', 'a refund must be a positive integer of minor units');
        if (refund.amount.currency !== state.amount.currency)
          throw new RuleViolation(
            'FIN-9',
            `the claim is kept in ${state.amount.currency}, not ${refund.amount.currency}`,
          );
        return [
          {
            type: 'SupplierClaimChargebackRefunded',
            data: {
              ...of,
              ...refund,
              refundedTotal: {
                amountMinor: refundedMinor(state) + refund.amount.amountMinor,
                currency: refund.amount.currency,
              },
              notedAt: at,
            },
          },
        ];
      }
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
