import { addDays, addYears } from './local-dates';

/** CLM-1 periods, from configuration. */
export interface WarrantyPolicy {
  /** Full warranty (replace, return) from the start date; default 2 years. */
  readonly fullYears: number;
  /** Free quality repairs after the full warranty; default 3 more years. */
  readonly extendedYears: number;
}

export const WARRANTY_STANDINGS = [
  'full-warranty',
  'extended-repair',
  'out-of-warranty',
  'unregistered',
] as const;
export type WarrantyStanding = (typeof WARRANTY_STANDINGS)[number];
export const SERVICE_CLASSES = ['free-warranty', 'contract', 'paid'] as const;
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

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
  /** The same reason in Chinese, for the console's default language. */
  readonly reasonZh: string;
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
  if (input.humanDamage)
    return {
      serviceClass: 'paid',
      reason: 'human damage is not covered (CLM-1)',
      reasonZh: '人为损坏不在保修范围（CLM-1）',
    };
  if (input.standing === 'full-warranty')
    return {
      serviceClass: 'free-warranty',
      reason: 'within the full warranty (CLM-1)',
      reasonZh: '在三包期内（CLM-1）',
    };
  if (input.standing === 'extended-repair')
    return {
      serviceClass: 'free-warranty',
      reason: 'within the extended free-repair window (CLM-1)',
      reasonZh: '在延保免费维修期内（CLM-1）',
    };
  if (input.contractId)
    return {
      serviceClass: 'contract',
      reason: `covered by maintenance contract ${input.contractId} (CLM-2)`,
      reasonZh: `由维保合同 ${input.contractId} 覆盖（CLM-2）`,
    };
  return input.standing === 'unregistered'
    ? { serviceClass: 'paid', reason: 'serial not in the registry', reasonZh: '序列号未在产品档案中登记' }
    : { serviceClass: 'paid', reason: 'out of warranty (CLM-1)', reasonZh: '已过保（CLM-1）' };
}

/**
 * An assessment's reason in Chinese. The log keeps the English reason the decision gave; its
 * Chinese is the classification of the same facts, offered only while it reads the same reason.
 */
export function reasonZhOf(assessed: {
  readonly standing: WarrantyStanding;
  readonly humanDamage: boolean;
  readonly contractId?: string;
  readonly serviceClass: ServiceClass;
  readonly reason: string;
}): string | undefined {
  const now = classifyService(assessed);
  return now.serviceClass === assessed.serviceClass && now.reason === assessed.reason
    ? now.reasonZh
    : undefined;
}
