import { addDays, addYears } from './local-dates';

/** CLM-1 periods, from configuration. */
export interface WarrantyPolicy {
  /** Full warranty (replace, return) from the start date; default 2 years. */
  readonly fullYears: number;
  /** Free quality repairs after the full warranty; default 3 more years. */
  readonly extendedYears: number;
}

export type WarrantyStanding = 'full-warranty' | 'extended-repair' | 'out-of-warranty' | 'unregistered';
export type ServiceClass = 'free-warranty' | 'contract' | 'paid';

export interface WarrantyTerms {
  readonly standing: WarrantyStanding;
  /** Last day of the full warranty, in the branch's calendar. */
  readonly fullUntil: string;
  /** Last day of the extended free-repair window. */
  readonly extendedUntil: string;
}

/**
 * CLM-1: where a service date stands against the warranty that starts on `startsOn` (the
 * commissioning date, or the delivery date when there is none). A period of N years covers up to
 * the day before the Nth anniversary; the anniversary itself is the first day of the next period.
 * Both dates are calendar dates in the branch's time zone.
 */
export function warrantyTerms(startsOn: string, serviceOn: string, policy: WarrantyPolicy): WarrantyTerms {
  const fullEnds = addYears(startsOn, policy.fullYears);
  const extendedEnds = addYears(startsOn, policy.fullYears + policy.extendedYears);
  const standing: WarrantyStanding =
    serviceOn < fullEnds ? 'full-warranty' : serviceOn < extendedEnds ? 'extended-repair' : 'out-of-warranty';
  return { standing, fullUntil: addDays(fullEnds, -1), extendedUntil: addDays(extendedEnds, -1) };
}

export interface Classification {
  readonly serviceClass: ServiceClass;
  readonly reason: string;
}

/**
 * CLM-3: who pays. Human damage (QC attributed to the customer, or intake's non-quality case) is
 * never warranty; quality failures within the full warranty or the extended window are free
 * (wear parts included); otherwise a maintenance contract in force on the day covers the service
 * (CLM-2); otherwise it is paid.
 */
export function classifyService(input: {
  readonly standing: WarrantyStanding;
  readonly humanDamage: boolean;
  readonly contractId?: string;
}): Classification {
  if (input.humanDamage) return { serviceClass: 'paid', reason: 'human damage is not covered (CLM-1)' };
  if (input.standing === 'full-warranty')
    return { serviceClass: 'free-warranty', reason: 'within the full warranty (CLM-1)' };
  if (input.standing === 'extended-repair')
    return { serviceClass: 'free-warranty', reason: 'within the extended free-repair window (CLM-1)' };
  if (input.contractId)
    return {
      serviceClass: 'contract',
      reason: `covered by maintenance contract ${input.contractId} (CLM-2)`,
    };
  return {
    serviceClass: 'paid',
    reason: input.standing === 'unregistered' ? 'serial not in the registry' : 'out of warranty (CLM-1)',
  };
}
