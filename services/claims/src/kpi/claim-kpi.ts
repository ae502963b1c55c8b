import type { ClaimsSettings } from '../claims-settings';

export interface ModelFigures {
  readonly model: string;
  readonly partsDue: number;
  readonly partsRecovered: number;
  readonly freeWarrantyCostMinor: number;
  readonly confirmedClaimsMinor: number;
  readonly unitsSold: number;
}

/**
 * CLM-5 per model and month: the old-part recovery rate against its target and stretch, and the
 * net claim cost (free-warranty costs less the supplier claims that stand) per unit sold against
 * its target. Rates are whole basis points, rounded down; a cost per unit rounds down to the
 * minor unit; a figure with nothing to divide by is null.
 */
export function claimKpi(figures: ModelFigures, targets: ClaimsSettings['kpiTargets']) {
  const recoveryRateBp =
    figures.partsDue > 0 ? Math.floor((figures.partsRecovered * 10_000) / figures.partsDue) : null;
  const netClaimCostMinor = figures.freeWarrantyCostMinor - figures.confirmedClaimsMinor;
  const perUnit = figures.unitsSold > 0 ? Math.floor(netClaimCostMinor / figures.unitsSold) : null;
  return {
    ...figures,
    recoveryRateBp,
    recoveryTargetMet: recoveryRateBp === null ? null : recoveryRateBp >= targets.recoveryPercent * 100,
    recoveryStretchMet:
      recoveryRateBp === null ? null : recoveryRateBp >= targets.recoveryStretchPercent * 100,
    netClaimCostMinor,
    netClaimCostPerUnitMinor: perUnit,
    netClaimCostTargetMet: perUnit === null ? null : perUnit <= targets.netClaimCostPerUnitMinor,
  };
}
