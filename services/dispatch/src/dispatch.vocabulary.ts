/** DSP-2 distance zones of a customer address, relative to the branch. */
export const ZONES = ['city', 'suburbs', 'province', 'outside-province'] as const;
export type Zone = (typeof ZONES)[number];

/** DSP-2 urgency of a service request. */
export const URGENCIES = ['emergency', 'standard', 'scheduled'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** FIN-2 where a staff member belongs: their branch bears their travel costs, or head office does. */
export type StaffHome = 'branch' | 'head-office';

/** CLM-3 service class, decided by claims; DSP-7 applies to `paid`. */
export type ServiceClass = 'free-warranty' | 'contract' | 'paid';

/** DSP-6 kinds of work in the daily report. */
export const WORK_KINDS = [
  'travel',
  'diagnosis',
  'on-site-repair',
  'workshop-repair',
  'installation',
  'maintenance',
  'customer-training',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** FIN-1 cost categories dispatch incurs. */
export const COST_CATEGORIES = ['travel', 'accommodation', 'allowance', 'parts', 'labour'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** FIN-2 categories borne by the staff member's home (their branch or head office). */
export const STAFF_BORNE_CATEGORIES: readonly CostCategory[] = ['travel', 'accommodation', 'allowance'];

/** A part line used from an engineer's stock (DSP-3). */
export interface PartLine {
  readonly partNo: string;
  readonly qty: number;
}

/** A customer's signature (service voucher, product return): name + timestamp (e-signature allowed). */
export interface CustomerSignature {
  readonly signedBy: string;
  readonly signedAt: string;
  readonly method: 'signature' | 'e-signature';
}
