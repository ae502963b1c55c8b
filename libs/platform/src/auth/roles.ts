/** The roles of docs/architecture.md "Identity and access". */
export const ROLES = [
  'intake-clerk',
  'branch-manager',
  'dispatcher',
  'engineer',
  'service-director',
  'qc-inspector',
  'after-sales-head',
  'operations-head',
  'warehouse-keeper',
  'driver',
  'claims-officer',
  'finance-officer',
  'executive',
  // QC-4: the head-office reviewer of disputed attributions, and a department's head (who disputes for it).
  'qc-reviewer',
  'department-head',
  // AUD-2: reads every case's audit report, across branches; decides nothing.
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * ORG-1: head-office roles act across branches. The QC reviewer and the department heads sit in
 * the head-office departments, which "serve all branches" (RULES.md, Actors and organisation).
 */
export const HEAD_OFFICE_ROLES: readonly Role[] = [
  'qc-inspector',
  'finance-officer',
  'operations-head',
  'executive',
  'qc-reviewer',
  'department-head',
  'auditor',
];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isHeadOfficeRole(role: Role): boolean {
  return HEAD_OFFICE_ROLES.includes(role);
}
