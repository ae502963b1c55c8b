import { assertTimeZone } from '@aftersales/scheduling';
import type { ClaimsConfig } from './claims.config';
import type { WarrantyPolicy } from './warranty/warranty-terms';

/** Claims' rule numbers (RULES.md CLM-1, CLM-2, CLM-4, CLM-7, QC-4), all from configuration. */
export interface ClaimsSettings {
  readonly warranty: WarrantyPolicy;
  readonly noticeMonths: { readonly maintenance: number; readonly software: number };
  readonly supplierResponseDays: number;
  /** QC-4: days QC has to decide a supplier's dispute before it is referred again. */
  readonly disputeReviewDays: number;
  readonly replacementWarranty: 'inherit' | 'fresh';
  readonly currency: string;
  readonly kpiTargets: {
    readonly recoveryPercent: number;
    readonly recoveryStretchPercent: number;
    readonly netClaimCostPerUnitMinor: number;
  };
  zoneOf(branch: string): string;
}

export function claimsSettings(config: ClaimsConfig): ClaimsSettings {
  const zones = new Map(
    config.CLAIMS_BRANCH_TIME_ZONES.split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  for (const zone of [...zones.values(), config.DEFAULT_TIME_ZONE]) assertTimeZone(zone);
  return {
    warranty: { fullYears: config.WARRANTY_FULL_YEARS, extendedYears: config.WARRANTY_EXTENDED_YEARS },
    noticeMonths: {
      maintenance: config.CONTRACT_NOTICE_MONTHS,
      software: config.SOFTWARE_CONTRACT_NOTICE_MONTHS,
    },
    supplierResponseDays: config.SUPPLIER_RESPONSE_DAYS,
    disputeReviewDays: config.SUPPLIER_DISPUTE_REVIEW_DAYS,
    replacementWarranty: config.REPLACEMENT_WARRANTY,
    currency: config.CLAIMS_CURRENCY,
    kpiTargets: {
      recoveryPercent: config.RECOVERY_RATE_TARGET_PERCENT,
      recoveryStretchPercent: config.RECOVERY_RATE_STRETCH_PERCENT,
      netClaimCostPerUnitMinor: config.NET_CLAIM_COST_PER_UNIT_TARGET_MINOR,
    },
    zoneOf: (branch) => zones.get(branch) ?? config.DEFAULT_TIME_ZONE,
  };
}
