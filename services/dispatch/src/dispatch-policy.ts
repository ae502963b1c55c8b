import { NotFound, type Money } from '@aftersales/kernel';
import { WorkingCalendar, type WorkingCalendarConfig } from '@aftersales/scheduling';
import { URGENCIES, ZONES, type Urgency, type Zone } from './dispatch.vocabulary';

/**
 * DSP-2 one arrival-deadline rule. Rules are matched in order; the first whose urgency and zone
 * match applies. `counted: 'working-time'` skips the branch's non-working time (branch calendar).
 */
export interface ArrivalRule {
  readonly urgencies: readonly Urgency[];
  /** Omitted: every zone. */
  readonly zones?: readonly Zone[];
  readonly minutes: number;
  readonly counted: 'calendar-time' | 'working-time';
  /** Start of the clock: acceptance of the case, or confirmation of the visit with the customer. */
  readonly from: 'accepted' | 'confirmed';
  /** Why this rule exists, shown in audits. */
  readonly source: string;
}

/** Every number of DSP-2, DSP-5, DSP-6 and the costing of one branch. */
export interface BranchDispatchPolicy {
  readonly branch: string;
  /** The branch working calendar, time zone included (DSP-2 working hours, DSP-5 end of day, DSP-6 day). */
  readonly calendar: WorkingCalendarConfig;
  readonly arrivalRules: readonly ArrivalRule[];
  /** DSP-5 escalate to the service director this long before a promised repair date. */
  readonly escalationLeadMinutes: number;
  /** Auto-assigner tie-break: rank of each zone by distance from the branch; distance = |rank a − rank b|. */
  readonly zoneRank: Readonly<Record<Zone, number>>;
  /** Auto-assigner: an engineer with this many open visits takes no more (omitted: no limit). */
  readonly maxOpenVisitsPerEngineer?: number;
  /** FIN-1 labour cost per hour of recorded labour. */
  readonly labourRatePerHour: Money;
  /**
   * DSP-2 zone of a visit opened from an accepted case (intake publishes no address zone); a
   * dispatcher opening a visit names the zone explicitly. Omitted: city.
   */
  readonly defaultZone?: Zone;
}

export interface DispatchPolicy {
  readonly branches: Readonly<Record<string, BranchDispatchPolicy>>;
}

const HOUR = 60;

/** DSP-2 defaults from the sources; every number here is overridable per branch. */
export const DEFAULT_ARRIVAL_RULES: readonly ArrivalRule[] = [
  {
    urgencies: ['emergency'],
    zones: ['city'],
    minutes: 1 * HOUR,
    counted: 'calendar-time',
    from: 'accepted',
    source: 'DSP-2 emergency, city: 1 h from acceptance',
  },
  {
    urgencies: ['emergency'],
    zones: ['suburbs', 'province'],
    minutes: 6 * HOUR,
    counted: 'calendar-time',
    from: 'accepted',
    source: 'DSP-2 emergency, within province: 6 h from acceptance',
  },
  {
    urgencies: ['emergency'],
    zones: ['outside-province'],
    minutes: 12 * HOUR,
    counted: 'calendar-time',
    from: 'accepted',
    source: 'DSP-2 emergency, outside province: 12 h from acceptance',
  },
  {
    urgencies: ['scheduled'],
    zones: ['city'],
    minutes: 6 * HOUR,
    counted: 'working-time',
    from: 'accepted',
    source: 'DSP-2 scheduled repair call, city: 6 working hours',
  },
  {
    urgencies: ['scheduled'],
    zones: ['suburbs'],
    minutes: 7 * HOUR,
    counted: 'working-time',
    from: 'accepted',
    source: 'DSP-2 scheduled repair call, suburbs: 7 working hours',
  },
  {
    urgencies: ['standard', 'scheduled'],
    minutes: 12 * HOUR,
    counted: 'calendar-time',
    from: 'confirmed',
    source: 'DSP-2 standard on-site service: 12 h from confirmation with the customer',
  },
];

export const DEFAULT_ZONE_RANK: Readonly<Record<Zone, number>> = {
  city: 0,
  suburbs: 1,
  province: 2,
  'outside-province': 3,
};

export const DEFAULT_ESCALATION_LEAD_MINUTES = 24 * HOUR;

/** A branch policy with the source defaults, for the given calendar and overrides. */
export function branchPolicyWithDefaults(
  branch: string,
  calendar: WorkingCalendarConfig,
  overrides: Partial<Omit<BranchDispatchPolicy, 'branch' | 'calendar'>> = {},
): BranchDispatchPolicy {
  return {
    branch,
    calendar,
    arrivalRules: DEFAULT_ARRIVAL_RULES,
    escalationLeadMinutes: DEFAULT_ESCALATION_LEAD_MINUTES,
    zoneRank: DEFAULT_ZONE_RANK,
    labourRatePerHour: { amountMinor: 10_000, currency: 'CNY' },
    ...overrides,
  };
}

export function branchPolicy(policy: DispatchPolicy, branch: string): BranchDispatchPolicy {
  const found = policy.branches[branch];
  if (!found) throw new NotFound('dispatch policy of branch', branch);
  return found;
}

const calendars = new WeakMap<WorkingCalendarConfig, WorkingCalendar>();

/** The branch's WorkingCalendar, built once per configuration object. */
export function calendarOf(policy: BranchDispatchPolicy): WorkingCalendar {
  let calendar = calendars.get(policy.calendar);
  if (!calendar) {
    calendar = new WorkingCalendar(policy.calendar);
    calendars.set(policy.calendar, calendar);
  }
  return calendar;
}

export function arrivalRuleFor(
  policy: BranchDispatchPolicy,
  urgency: Urgency,
  zone: Zone,
): ArrivalRule | undefined {
  return policy.arrivalRules.find(
    (r) => r.urgencies.includes(urgency) && (!r.zones || r.zones.includes(zone)),
  );
}

export type ArrivalDue =
  | { readonly status: 'due'; readonly dueAt: Date; readonly rule: ArrivalRule }
  /** The rule counts from confirmation with the customer, which has not happened yet. */
  | { readonly status: 'awaiting-confirmation'; readonly rule: ArrivalRule }
  | { readonly status: 'no-rule' };

/** DSP-2 the instant an engineer must be on site for a request of this zone and urgency. */
export function arrivalDue(
  policy: BranchDispatchPolicy,
  request: { zone: Zone; urgency: Urgency; acceptedAt: Date; confirmedAt?: Date },
  calendar: WorkingCalendar = calendarOf(policy),
): ArrivalDue {
  const rule = arrivalRuleFor(policy, request.urgency, request.zone);
  if (!rule) return { status: 'no-rule' };
  const start = rule.from === 'accepted' ? request.acceptedAt : request.confirmedAt;
  if (!start) return { status: 'awaiting-confirmation', rule };
  const ms = rule.minutes * 60_000;
  const dueAt =
    rule.counted === 'working-time'
      ? calendar.addWorkingDuration(start, ms)
      : calendar.addCalendarDuration(start, ms);
  return { status: 'due', dueAt, rule };
}

/**
 * Checks a branch's configuration when it is loaded: the calendar is valid, every number is a
 * positive whole number of minutes, and each (urgency, zone) pair either has an arrival rule or
 * is listed in the returned `uncovered` (it then gets no arrival deadline).
 */
export function checkBranchPolicy(policy: BranchDispatchPolicy): { uncovered: string[] } {
  calendarOf(policy);
  for (const rule of policy.arrivalRules) {
    // Whole minutes in production; fractions are accepted so tests can watch a deadline pass.
    if (!Number.isFinite(rule.minutes) || rule.minutes <= 0) {
      throw new RangeError(`${policy.branch}: arrival rule '${rule.source}' needs positive minutes`);
    }
  }
  if (!Number.isFinite(policy.escalationLeadMinutes) || policy.escalationLeadMinutes < 0) {
    throw new RangeError(`${policy.branch}: escalation lead time must be minutes ≥ 0`);
  }
  if (policy.defaultZone !== undefined && !(ZONES as readonly string[]).includes(policy.defaultZone)) {
    throw new RangeError(`${policy.branch}: default zone must be one of ${ZONES.join(', ')}`);
  }
  if (policy.maxOpenVisitsPerEngineer !== undefined && !(policy.maxOpenVisitsPerEngineer > 0)) {
    throw new RangeError(`${policy.branch}: the open-visit limit must be positive`);
  }
  const uncovered: string[] = [];
  for (const urgency of URGENCIES) {
    for (const zone of ZONES) {
      if (!Number.isFinite(policy.zoneRank[zone]))
        throw new RangeError(`${policy.branch}: no rank for zone ${zone}`);
      if (!arrivalRuleFor(policy, urgency, zone)) uncovered.push(`${urgency}/${zone}`);
    }
  }
  return { uncovered };
}
