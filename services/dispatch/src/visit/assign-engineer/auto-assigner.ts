import type { WorkingCalendar } from '@aftersales/scheduling';
import { calendarOf, type BranchDispatchPolicy } from '../../dispatch-policy';
import type { Urgency, Zone } from '../../dispatch.vocabulary';
import { isOnLeave, type ExistingEngineer, type LeavePeriod } from '../../engineer/engineer.state';
import type { AssignEngineer } from './assign-engineer.decide';

/** What the auto-assigner knows of an engineer: the engineer stream plus the open-visit load (a projection). */
export interface EngineerCandidate {
  readonly engineerId: string;
  readonly branch: string;
  readonly skills: readonly string[];
  readonly active: boolean;
  readonly leave: readonly LeavePeriod[];
  readonly baseZone: Zone;
  /** Visits assigned to the engineer and not yet completed or taken back. */
  readonly openVisits: number;
}

export function candidateOf(engineer: ExistingEngineer, openVisits: number): EngineerCandidate {
  return {
    engineerId: engineer.engineerId,
    branch: engineer.branch,
    skills: engineer.skills,
    active: engineer.active,
    leave: engineer.leave,
    baseZone: engineer.baseZone,
    openVisits,
  };
}

export interface DispatchRequest {
  readonly visitId: string;
  readonly branch: string;
  readonly productLine: string;
  readonly zone: Zone;
  readonly urgency: Urgency;
  /** When the assignment is being made. */
  readonly at: Date;
}

export interface Consideration {
  readonly engineerId: string;
  readonly eligible: boolean;
  readonly why: string;
  readonly openVisits: number;
  readonly zoneDistance: number;
}

export type AutoAssignment =
  | {
      readonly outcome: 'assigned';
      readonly engineerId: string;
      readonly reason: string;
      readonly considered: readonly Consideration[];
    }
  | {
      readonly outcome: 'no-engineer-available';
      readonly reason: string;
      readonly considered: readonly Consideration[];
    };

/**
 * The instant an engineer must be free: emergencies go now, whatever the hour; other requests
 * at the branch's next working time (DSP-2 branch calendar).
 */
export function neededFrom(request: DispatchRequest, calendar: WorkingCalendar): Date {
  return request.urgency === 'emergency' ? request.at : calendar.nextWorkingStart(request.at);
}

function ineligibility(
  engineer: EngineerCandidate,
  request: DispatchRequest,
  neededAt: Date,
  policy: BranchDispatchPolicy,
): string | undefined {
  if (engineer.branch !== request.branch) return `of branch ${engineer.branch} (DSP-1, ORG-1)`;
  if (!engineer.active) return 'inactive';
  if (!engineer.skills.includes(request.productLine)) return `no skill for ${request.productLine}`;
  if (isOnLeave(engineer.leave, neededAt)) return `on leave at ${neededAt.toISOString()}`;
  if (
    policy.maxOpenVisitsPerEngineer !== undefined &&
    engineer.openVisits >= policy.maxOpenVisitsPerEngineer
  ) {
    return `at the limit of ${policy.maxOpenVisitsPerEngineer} open visits`;
  }
  return undefined;
}

/**
 * DSP-1 auto-assignment: an engineer of the request's branch with the product line's skill,
 * available when needed, with the least open visits; ties go to the shortest zone distance,
 * then to the smallest engineer id (deterministic, so replay picks the same engineer).
 */
export function autoAssign(
  request: DispatchRequest,
  engineers: readonly EngineerCandidate[],
  policy: BranchDispatchPolicy,
  calendar: WorkingCalendar = calendarOf(policy),
): AutoAssignment {
  const neededAt = neededFrom(request, calendar);
  const considered: Consideration[] = engineers
    .map((e) => {
      const why = ineligibility(e, request, neededAt, policy);
      return {
        engineerId: e.engineerId,
        eligible: why === undefined,
        why: why ?? 'eligible',
        openVisits: e.openVisits,
        zoneDistance: Math.abs(policy.zoneRank[e.baseZone] - policy.zoneRank[request.zone]),
      };
    })
    .sort(
      (a, b) =>
        Number(b.eligible) - Number(a.eligible) ||
        a.openVisits - b.openVisits ||
        a.zoneDistance - b.zoneDistance ||
        (a.engineerId < b.engineerId ? -1 : a.engineerId > b.engineerId ? 1 : 0),
    );
  const best = considered[0];
  if (!best?.eligible) {
    return {
      outcome: 'no-engineer-available',
      reason: `no engineer of ${request.branch} with skill ${request.productLine} available at ${neededAt.toISOString()}`,
      considered,
    };
  }
  const tiedOnLoad = considered.filter((c) => c.eligible && c.openVisits === best.openVisits).length > 1;
  const tiedOnZone =
    considered.filter(
      (c) => c.eligible && c.openVisits === best.openVisits && c.zoneDistance === best.zoneDistance,
    ).length > 1;
  const reason = [
    `skill ${request.productLine}`,
    `available at ${neededAt.toISOString()}`,
    `least load (${best.openVisits} open visits)`,
    ...(tiedOnLoad ? [`zone distance ${best.zoneDistance}`] : []),
    ...(tiedOnZone ? ['tie broken by id'] : []),
  ].join(', ');
  return { outcome: 'assigned', engineerId: best.engineerId, reason, considered };
}

/** The assignment command for the visit, or undefined when nobody is available. */
export function assignCommandOf(
  request: DispatchRequest,
  result: AutoAssignment,
): AssignEngineer | undefined {
  if (result.outcome !== 'assigned') return undefined;
  return {
    type: 'AssignEngineer',
    visitId: request.visitId,
    engineerId: result.engineerId,
    assignedBy: 'auto-assigner',
    reason: result.reason,
  };
}

export interface QueuedRequest {
  readonly visitId: string;
  readonly urgency: Urgency;
  readonly openedAt: string;
  /** DSP-5 flagged at the end of the day for first dispatch next morning. */
  readonly flaggedForMorning: boolean;
  readonly arrivalDueAt?: string;
}

const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { emergency: 0, scheduled: 1, standard: 2 };

/**
 * The order in which open requests are dispatched: emergencies, then those left over from the
 * day before (DSP-5), then the earliest arrival deadline, then the oldest.
 */
export function dispatchOrder<T extends QueuedRequest>(requests: readonly T[]): T[] {
  const due = (r: QueuedRequest) => (r.arrivalDueAt ? Date.parse(r.arrivalDueAt) : Number.POSITIVE_INFINITY);
  return [...requests].sort(
    (a, b) =>
      Number(b.urgency === 'emergency') - Number(a.urgency === 'emergency') ||
      Number(b.flaggedForMorning) - Number(a.flaggedForMorning) ||
      due(a) - due(b) ||
      URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
      Date.parse(a.openedAt) - Date.parse(b.openedAt) ||
      (a.visitId < b.visitId ? -1 : 1),
  );
}
