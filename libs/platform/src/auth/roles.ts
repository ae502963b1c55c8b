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

/** The roles in Chinese, for the lines the services write for people (the audit report). */
export const ROLE_ZH: Readonly<Record<Role | 'system', string>> = {
  'intake-clerk': '售后服务管理人员',
  'branch-manager': '分公司经理',
  dispatcher: '调度员',
  engineer: '售后服务工程师',
  'service-director': '服务主任',
  'qc-inspector': '质检员',
  'after-sales-head': '售后服务科负责人',
  'operations-head': '经营部负责人',
  'warehouse-keeper': '仓库主管',
  driver: '司机',
  'claims-officer': '索赔专员',
  'finance-officer': '财务',
  executive: '公司领导',
  'qc-reviewer': '质量复核',
  'department-head': '部门负责人',
  auditor: '审计员',
  system: '系统',
};

/** A role in Chinese; a role this build does not know reads as its code. */
export const roleZh = (role: string): string => ROLE_ZH[role as Role] ?? role;

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
