import { money } from '@aftersales/kernel';
import { branchPolicyWithDefaults, type DispatchPolicy } from './dispatch-policy';

/** Hangzhou branch: Asia/Shanghai, lunch break, Labour Day off. */
export const HZ_CALENDAR = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: {
    mon: ['08:30-12:00', '13:30-17:30'],
    tue: ['08:30-12:00', '13:30-17:30'],
    wed: ['08:30-12:00', '13:30-17:30'],
    thu: ['08:30-12:00', '13:30-17:30'],
    fri: ['08:30-12:00', '13:30-17:30'],
  },
  holidays: ['2026-05-01'],
};

/** Berlin field office: Europe/Berlin (DST on 2026-03-29), Good Friday and Easter Monday off. */
export const BER_CALENDAR = {
  timeZone: 'Europe/Berlin',
  weeklyHours: {
    mon: ['08:00-12:00', '13:00-17:00'],
    tue: ['08:00-12:00', '13:00-17:00'],
    wed: ['08:00-12:00', '13:00-17:00'],
    thu: ['08:00-12:00', '13:00-17:00'],
    fri: ['08:00-12:00', '13:00-17:00'],
  },
  holidays: ['2026-04-03', '2026-04-06'],
};

export const TEST_POLICY: DispatchPolicy = {
  branches: {
    HZ: branchPolicyWithDefaults('HZ', HZ_CALENDAR, { labourRatePerHour: money(12_000, 'CNY') }),
    BER: branchPolicyWithDefaults('BER', BER_CALENDAR, { labourRatePerHour: money(6_000, 'EUR') }),
  },
};
