import { Conflict, RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import { openDispute, type ExistingInspection, type InspectionState } from '../inspection.state';
import {
  existingInspection,
  requireUndecided,
  type InspectionDecideContext,
} from '../inspection.decide-context';
import { partyKey, type DecidedBy, type EvidenceRef } from '../inspection.vocabulary';
import { requireInForce } from '../attribute-responsibility/attribute-responsibility.decide';

export interface DisputeAttribution {
  readonly type: 'DisputeAttribution';
  readonly inspectionId: string;
  readonly disputeId: string;
  readonly attributionId: string;
  /** The blamed party the dispute speaks for, by key (`supplier:SUP-7`, `department:production`, `customer`). */
  readonly party: string;
  readonly reason: string;
  readonly evidence: readonly EvidenceRef[];
  readonly by: DecidedBy;
}

/** Who disputes: the user's roles, departments and branches. */
export interface Disputer {
  readonly roles: readonly string[];
  readonly departments: readonly string[];
  readonly branches: readonly string[];
}

/** The branch speaks for its customer (QC-4). */
export const CUSTOMER_SPOKESPEOPLE = ['branch-manager', 'after-sales-head'] as const;

/**
 * QC-4 only the blamed party disputes: a department through its head, a supplier (or carrier)
 * through the claims officer, the customer through the inspection's branch. Returns the role the
 * user disputes in, or why they may not (HTTP 403).
 */
export function disputingRole(
  inspection: ExistingInspection,
  party: string,
  who: Disputer,
): { role: string } | { refused: string } {
  const blamed = inspection.attributions
    .find((a) => a.inForce)
    ?.shares.some((s) => partyKey(s.party) === party);
  if (!blamed) return { refused: `${party} is not blamed by the attribution in force` };
  if (party.startsWith('department:')) {
    const department = party.slice('department:'.length);
    if (who.roles.includes('department-head') && who.departments.includes(department))
      return { role: 'department-head' };
    return { refused: `only the head of department ${department} disputes for it` };
  }
  if (party.startsWith('supplier:') || party.startsWith('carrier:'))
    return who.roles.includes('claims-officer')
      ? { role: 'claims-officer' }
      : { refused: `only a claims officer disputes for ${party}` };
  const spokesperson = CUSTOMER_SPOKESPEOPLE.find((r) => who.roles.includes(r));
  if (spokesperson && who.branches.includes(inspection.branch)) return { role: spokesperson };
  return {
    refused: `only branch ${inspection.branch} (${CUSTOMER_SPOKESPEOPLE.join(', ')}) disputes for the customer`,
  };
}

/** QC-4 a dispute of the attribution in force, with a reason and evidence; one open at a time. */
export function disputeAttribution(
  command: DisputeAttribution,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.disputes.some((d) => d.disputeId === command.disputeId))
    throw new Conflict(`dispute ${command.disputeId} exists already`);
  requireUndecided(inspection, 'QC-5', 'dispute the attribution');
  requireInForce(inspection, command.attributionId);
  const open = openDispute(inspection);
  if (open) throw new RuleViolation('QC-4', `dispute ${open.disputeId} is still awaiting review`);
  const inForce = inspection.attributions.find((a) => a.inForce)!;
  if (!inForce.shares.some((s) => partyKey(s.party) === command.party))
    throw new RuleViolation('QC-4', `${command.party} is not blamed by attribution ${command.attributionId}`);
  const { type: _type, by, ...data } = command;
  return [
    {
      type: 'AttributionDisputed',
      data: {
        ...data,
        ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
        disputedBy: by,
        disputedAt: ctx.now.toISOString(),
      },
    },
  ];
}
