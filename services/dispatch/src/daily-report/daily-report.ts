import { formatLocalDate, localDateOf } from '@aftersales/scheduling';
import { branchPolicy, type DispatchPolicy } from '../dispatch-policy';
import type { WorkKind } from '../dispatch.vocabulary';
import type { VisitEvent } from '../visit/visit.events';

export type MinutesByKind = Partial<Record<WorkKind, number>>;

/** DSP-6 one engineer's day: kinds of work and hours, and what came of the visits. */
export interface EngineerDailyRow {
  readonly date: string;
  readonly branch: string;
  readonly engineerId: string;
  readonly minutesByKind: MinutesByKind;
  readonly totalMinutes: number;
  readonly arrivals: number;
  readonly lateArrivals: number;
  readonly visitsCompleted: number;
  readonly firstTimeFixes: number;
  readonly takenBack: number;
}

/** DSP-6 the service director's daily report of one branch, for the branch manager. */
export interface BranchDailyRow {
  readonly date: string;
  readonly branch: string;
  readonly minutesByKind: MinutesByKind;
  readonly totalMinutes: number;
  readonly engineersReporting: number;
  readonly requestsOpened: number;
  readonly arrivals: number;
  readonly lateArrivals: number;
  readonly arrivalDeadlinesMissed: number;
  readonly visitsCompleted: number;
  readonly firstTimeFixes: number;
  readonly takenBack: number;
  readonly repairsCompleted: number;
  readonly repairsEscalated: number;
  readonly flaggedForMorningDispatch: number;
}

export interface DailyReport {
  /** Local date (YYYY-MM-DD), read in each branch's own time zone. */
  readonly date: string;
  readonly engineers: readonly EngineerDailyRow[];
  readonly branches: readonly BranchDailyRow[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The instant and branch an event counts for in the report, if it counts at all. */
function when(event: VisitEvent): { branch: string; at: string } | undefined {
  const d = event.data as Record<string, unknown>;
  const at = (
    {
      VisitOpened: d.openedAt,
      EngineerArrived: d.arrivedAt,
      LabourRecorded: d.recordedAt,
      RepairCardEntryRecorded: d.recordedAt,
      VisitCompleted: d.completedAt,
      ProductTakenBack: d.takenBackAt,
      ArrivalDeadlineMissed: d.detectedAt,
      RepairCompleted: d.completedAt,
      RepairEscalated: d.escalatedAt,
      RequestFlaggedForMorningDispatch: d.flaggedAt,
    } as Partial<Record<VisitEvent['type'], unknown>>
  )[event.type];
  return typeof at === 'string' && typeof d.branch === 'string' ? { branch: d.branch, at } : undefined;
}

function addMinutes(
  target: Mutable<{ minutesByKind: MinutesByKind; totalMinutes: number }>,
  kind: WorkKind,
  minutes: number,
) {
  if (minutes <= 0) return;
  target.minutesByKind[kind] = (target.minutesByKind[kind] ?? 0) + minutes;
  target.totalMinutes += minutes;
}

/**
 * DSP-6 a pure fold over dispatch events: per engineer and per branch, the kinds of work and
 * their hours on one local day of each branch (KPI-3: the same log always gives the same report).
 * Travel counts on the day of arrival; workshop repair hours come from the repair card.
 */
export function dailyReport(
  events: Iterable<VisitEvent>,
  date: string,
  policy: DispatchPolicy,
  branches?: readonly string[],
): DailyReport {
  const engineers = new Map<string, Mutable<EngineerDailyRow>>();
  const branchRows = new Map<string, Mutable<BranchDailyRow>>();

  const branchRow = (branch: string) => {
    let row = branchRows.get(branch);
    if (!row) {
      row = {
        date,
        branch,
        minutesByKind: {},
        totalMinutes: 0,
        engineersReporting: 0,
        requestsOpened: 0,
        arrivals: 0,
        lateArrivals: 0,
        arrivalDeadlinesMissed: 0,
        visitsCompleted: 0,
        firstTimeFixes: 0,
        takenBack: 0,
        repairsCompleted: 0,
        repairsEscalated: 0,
        flaggedForMorningDispatch: 0,
      };
      branchRows.set(branch, row);
    }
    return row;
  };
  const engineerRow = (branch: string, engineerId: string) => {
    const key = `${branch}\u0000${engineerId}`;
    let row = engineers.get(key);
    if (!row) {
      row = {
        date,
        branch,
        engineerId,
        minutesByKind: {},
        totalMinutes: 0,
        arrivals: 0,
        lateArrivals: 0,
        visitsCompleted: 0,
        firstTimeFixes: 0,
        takenBack: 0,
      };
      engineers.set(key, row);
    }
    return row;
  };

  for (const event of events) {
    const counted = when(event);
    if (!counted || (branches && !branches.includes(counted.branch))) continue;
    const timeZone = branchPolicy(policy, counted.branch).calendar.timeZone;
    if (formatLocalDate(localDateOf(timeZone, Date.parse(counted.at))) !== date) continue;
    const b = branchRow(counted.branch);
    switch (event.type) {
      case 'VisitOpened':
        b.requestsOpened++;
        break;
      case 'EngineerArrived': {
        const e = engineerRow(b.branch, event.data.engineerId);
        const late = event.data.withinDeadline === false ? 1 : 0;
        e.arrivals++;
        b.arrivals++;
        e.lateArrivals += late;
        b.lateArrivals += late;
        addMinutes(e, 'travel', event.data.travelMinutes);
        addMinutes(b, 'travel', event.data.travelMinutes);
        break;
      }
      case 'LabourRecorded':
        addMinutes(engineerRow(b.branch, event.data.engineerId), event.data.workKind, event.data.minutes);
        addMinutes(b, event.data.workKind, event.data.minutes);
        break;
      case 'RepairCardEntryRecorded':
        addMinutes(engineerRow(b.branch, event.data.engineerId), 'workshop-repair', event.data.minutes);
        addMinutes(b, 'workshop-repair', event.data.minutes);
        break;
      case 'VisitCompleted': {
        const e = engineerRow(b.branch, event.data.engineerId);
        const ftf = event.data.firstTimeFix ? 1 : 0;
        e.visitsCompleted++;
        b.visitsCompleted++;
        e.firstTimeFixes += ftf;
        b.firstTimeFixes += ftf;
        break;
      }
      case 'ProductTakenBack':
        engineerRow(b.branch, event.data.engineerId).takenBack++;
        b.takenBack++;
        break;
      case 'ArrivalDeadlineMissed':
        b.arrivalDeadlinesMissed++;
        break;
      case 'RepairCompleted':
        b.repairsCompleted++;
        break;
      case 'RepairEscalated':
        b.repairsEscalated++;
        break;
      case 'RequestFlaggedForMorningDispatch':
        b.flaggedForMorningDispatch++;
        break;
    }
  }

  const engineerRows = [...engineers.values()].sort(
    (a, b) => a.branch.localeCompare(b.branch) || a.engineerId.localeCompare(b.engineerId),
  );
  for (const row of engineerRows) branchRow(row.branch).engineersReporting++;
  return {
    date,
    engineers: engineerRows,
    branches: [...branchRows.values()].sort((a, b) => a.branch.localeCompare(b.branch)),
  };
}

/** Hours with two decimals, for display (minutes stay the exact figure). */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
