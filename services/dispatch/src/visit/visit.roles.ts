export const DISPATCHERS = ['dispatcher', 'branch-manager'] as const;

export const FIELD = ['engineer', 'dispatcher', 'branch-manager'] as const;

export const WORKSHOP = ['engineer', 'dispatcher', 'service-director', 'branch-manager'] as const;

export const READERS = [
  'dispatcher',
  'engineer',
  'branch-manager',
  'service-director',
  'after-sales-head',
  'intake-clerk',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'executive',
] as const;
