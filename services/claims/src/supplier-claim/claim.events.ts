import type { Money } from '@aftersales/kernel';

/** Where a claim stands (CLM-4): issued, confirmed (charged back, FIN-6), disputed (QC-4 review pending), withdrawn. */
export const CLAIM_STATUSES = ['issued', 'confirmed', 'disputed', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** CLM-4 索赔通知书: what the supplier is told. */
export interface ClaimNotice {
  readonly claimId: string;
  readonly caseId: string;
  /** INT-1: the case's number, as the supplier quotes it (absent on claims issued before claims kept it). */
  readonly caseNumber?: string;
  readonly inspectionId: string;
  readonly attributionId: string;
  readonly branch: string;
  readonly supplierId: string;
  readonly shareBp: number;
  readonly problem: string;
  readonly model: string;
  readonly serial: string;
  readonly quantity: number;
  /** Where the failure was handled: the branch's site. */
  readonly site: string;
  /** The claims office to answer to (a reference, no personal data: AUD-4). */
  readonly contact: string;
  readonly amount: Money;
  readonly respondBy: string;
}

/** A document the supplier's dispute rests on, by reference and content hash (AUD-4). */
export interface DisputeEvidence {
  readonly kind: 'photo' | 'measurement-record' | 'test-report' | 'attachment';
  readonly ref: string;
  readonly sha256: string;
  readonly description?: string;
}

/** FIN-6: part or all of the claim's chargeback that finance credited back to the supplier. */
export interface ChargebackRefund {
  /** Finance's event: one refund is noted once. */
  readonly refundId: string;
  readonly amount: Money;
  /** The attribution in force that cleared the supplier or lowered its share (QC-4). */
  readonly attributionId: string;
  readonly reason: string;
  readonly refundedAt: string;
}

/** Who referred a pending dispute to QC again: the claims officer, or its review falling overdue. */
export type DisputeReferrer = 'claims-officer' | 'review-overdue';

/** A supplier claim (stream `claim-<claimId>`). */
export type ClaimEvent =
  | { type: 'SupplierClaimIssued'; data: ClaimNotice & { issuedAt: string } }
  | {
      type: 'SupplierClaimAmended';
      data: {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        attributionId: string;
        shareBp: number;
        amount: Money;
        previousAmount: Money;
        amendedAt: string;
      };
    }
  | {
      type: 'SupplierClaimConfirmed';
      data: {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        amount: Money;
        /** The supplier's own answer, the response window passing (CLM-4), or QC upholding the attribution disputed (QC-4). */
        confirmedBy: 'supplier' | 'response-window-passed' | 'attribution-upheld';
        confirmedAt: string;
      };
    }
  | {
      type: 'SupplierClaimDisputed';
      data: {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        /** The attribution the claim stands on, the one QC reviews (QC-4); absent on disputes recorded before. */
        inspectionId?: string;
        attributionId?: string;
        reason: string;
        evidence?: readonly DisputeEvidence[];
        disputedAt: string;
      };
    }
  | {
      type: 'SupplierClaimWithdrawn';
      data: {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        reason: string;
        /** The attribution in force that no longer names the supplier. */
        attributionId: string;
        withdrawnAt: string;
      };
    }
  | {
      /** QC-4: the pending dispute sent to QC again, the same dispute (QC opens it once). */
      type: 'SupplierClaimDisputeReferred';
      data: {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        inspectionId: string;
        attributionId: string;
        reason: string;
        evidence: readonly DisputeEvidence[];
        disputedAt: string;
        referredBy: DisputeReferrer;
        referredAt: string;
      };
    }
  | {
      /** FIN-6: finance refunded (part of) the chargeback of this claim. */
      type: 'SupplierClaimChargebackRefunded';
      data: ChargebackRefund & {
        claimId: string;
        caseId: string;
        branch: string;
        supplierId: string;
        /** Everything refunded on the claim so far, this refund included. */
        refundedTotal: Money;
        notedAt: string;
      };
    };
