import { claimKpi } from './claim-kpi';

const targets = { recoveryPercent: 80, recoveryStretchPercent: 85, netClaimCostPerUnitMinor: 50_000 };
const figures = {
  model: 'KYN28-12',
  partsDue: 20,
  partsRecovered: 16,
  freeWarrantyCostMinor: 1_200_000,
  confirmedClaimsMinor: 200_000,
  unitsSold: 20,
};

describe('old-part recovery and net claim cost per model and month', () => {
  it('CLM-5: 16 of 20 parts back is exactly the 80 % target, short of the 85 % stretch', () => {
    expect(claimKpi(figures, targets)).toMatchObject({
      recoveryRateBp: 8000,
      recoveryTargetMet: true,
      recoveryStretchMet: false,
    });
  });
  it('CLM-5: one part fewer misses the target', () => {
    expect(claimKpi({ ...figures, partsRecovered: 15 }, targets)).toMatchObject({
      recoveryRateBp: 7500,
      recoveryTargetMet: false,
    });
  });
  it('CLM-5: net claim cost per unit sold is free-warranty cost less standing supplier claims, target 500.00', () => {
    expect(claimKpi(figures, targets)).toMatchObject({
      netClaimCostMinor: 1_000_000,
      netClaimCostPerUnitMinor: 50_000,
      netClaimCostTargetMet: true,
    });
    expect(claimKpi({ ...figures, unitsSold: 19 }, targets)).toMatchObject({
      netClaimCostPerUnitMinor: 52_631,
      netClaimCostTargetMet: false,
    });
  });
  it('CLM-5: nothing due and nothing sold give no rate rather than a made-up one', () => {
    expect(claimKpi({ ...figures, partsDue: 0, partsRecovered: 0, unitsSold: 0 }, targets)).toMatchObject({
      recoveryRateBp: null,
      recoveryTargetMet: null,
      netClaimCostPerUnitMinor: null,
    });
  });
});
