import { type CaseCommand } from './case.decider';

export type CommandOn<T extends CaseCommand['type']> = Omit<
  Extract<CaseCommand, { type: T }>,
  'type' | 'caseId'
>;

export const READERS = [
  'intake-clerk',
  'branch-manager',
  'dispatcher',
  'engineer',
  'service-director',
  'after-sales-head',
  'qc-inspector',
  'operations-head',
  'finance-officer',
  'claims-officer',
  'executive',
] as const;
