import type { Money } from '@aftersales/kernel';
import type { ServiceClass, WarrantyStanding } from './warranty-terms';

/** A share line of QC's attribution in force (QC-3), as claims keeps it. */
export interface AttributionShare {
  readonly partyKey: string;
  readonly kind: 'department' | 'supplier' | 'customer' | 'carrier';
  readonly supplierId?: string;
  readonly shareBp: number;
}

export interface Attribution {
  readonly inspectionId: string;
  readonly attributionId: string;
  readonly shares: readonly AttributionShare[];
}

/** A case's warranty file in claims (stream `warranty-<caseId>`). */
export type WarrantyEvent =
  | {
      type: 'CaseNoted';
      data: {
        caseId: string;
        /** INT-1: the number staff and the supplier quote (absent on cases noted before claims kept it). */
        caseNumber?: string;
        branch: string;
        serial: string;
        model: string;
        kind: string;
        problem: string;
        registeredAt: string;
        /** INT-7: intake judged the damage the customer's own. */
        customerDamage: boolean;
      };
    }
  | {
      type: 'WarrantyAssessed';
      data: {
        caseId: string;
        branch: string;
        serial: string;
        standing: WarrantyStanding;
        warrantyStartsOn?: string;
        fullUntil?: string;
        extendedUntil?: string;
        serviceOn: string;
        humanDamage: boolean;
        contractId?: string;
        serviceClass: ServiceClass;
        reason: string;
        /** The class this assessment corrects, when it changes an earlier one. */
        corrects?: ServiceClass;
        assessedAt: string;
      };
    }
  | {
      type: 'ServiceClassified';
      data: {
        caseId: string;
        branch: string;
        serial: string;
        serviceClass: ServiceClass;
        reason: string;
        corrects?: ServiceClass;
        classifiedAt: string;
      };
    }
  | { type: 'AttributionNoted'; data: Attribution & { caseId: string; branch?: string; notedAt: string } }
  | {
      type: 'VisitNoted';
      data: { caseId: string; visitId: string; what: 'visit-completed' | 'product-taken-back'; at: string };
    }
  | {
      type: 'PartsDueForRecovery';
      data: {
        caseId: string;
        branch: string;
        model: string;
        visitId: string;
        /** CLM-5: parts replaced under warranty, to be sent back for the claim. */
        parts: { partNo: string; qty: number }[];
        period: string;
        at: string;
      };
    }
  | {
      type: 'PartsRecovered';
      data: { caseId: string; branch: string; model: string; partNo: string; qty: number; at: string };
    }
  | {
      type: 'ApprovedCostNoted';
      data: { caseId: string; costId: string; amount: Money; notedAt: string };
    };
