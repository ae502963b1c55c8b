import type { Money } from '@aftersales/kernel';

export type ClaimStatus = 'issued' | 'confirmed' | 'disputed' | 'withdrawn';

/** CLM-4 索赔通知书: what the supplier is told. */
export interface ClaimNotice {
  readonly claimId: string;
  readonly caseId: string;
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
    };
