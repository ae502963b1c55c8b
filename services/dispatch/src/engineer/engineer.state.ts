import type { StaffHome, Zone } from '../dispatch.vocabulary';
import type { EngineerEvent } from './engineer.events';

export interface LeavePeriod {
  readonly from: string;
  readonly until?: string;
}

export type EngineerState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly engineerId: string;
      readonly branch: string;
      readonly home: StaffHome;
      readonly skills: readonly string[];
      readonly baseZone: Zone;
      readonly active: boolean;
      readonly leave: readonly LeavePeriod[];
      /** Part number → quantity on hand (DSP-3). */
      readonly stock: Readonly<Record<string, number>>;
      /** Uses already taken from stock, so a redelivery takes nothing twice. */
      readonly usageIds: readonly string[];
    };

export type ExistingEngineer = Extract<EngineerState, { exists: true }>;

export const initialEngineerState: EngineerState = { exists: false };

function addStock(
  stock: Readonly<Record<string, number>>,
  lines: readonly { partNo: string; qty: number }[],
  sign: 1 | -1,
): Record<string, number> {
  const next = { ...stock };
  for (const line of lines) next[line.partNo] = (next[line.partNo] ?? 0) + sign * line.qty;
  return next;
}

export function evolveEngineer(state: EngineerState, event: EngineerEvent): EngineerState {
  if (event.type === 'EngineerRegistered') {
    const d = event.data;
    return {
      exists: true,
      engineerId: d.engineerId,
      branch: d.branch,
      home: d.home,
      skills: d.skills,
      baseZone: d.baseZone,
      active: true,
      leave: [],
      stock: {},
      usageIds: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'EngineerSkillsChanged':
      return { ...state, skills: event.data.to };
    case 'EngineerAvailabilitySet': {
      const { from, until } = event.data;
      if (event.data.availability === 'on-leave') {
        return { ...state, leave: [...state.leave, { from, ...(until ? { until } : {}) }] };
      }
      // Available from `from`: leave running then ends there, leave planned after it is dropped.
      const at = Date.parse(from);
      return {
        ...state,
        leave: state.leave
          .filter((p) => Date.parse(p.from) < at)
          .map((p) =>
            p.until === undefined || Date.parse(p.until) > at ? { from: p.from, until: from } : p,
          ),
      };
    }
    case 'EngineerDeactivated':
      return { ...state, active: false };
    case 'PartsReceived':
      return { ...state, stock: addStock(state.stock, event.data.lines, 1) };
    case 'PartsUsed':
      return {
        ...state,
        stock: addStock(state.stock, event.data.lines, -1),
        usageIds: [...state.usageIds, event.data.usageId],
      };
  }
}

/** Whether the engineer is on leave at the instant. */
export function isOnLeave(leave: readonly LeavePeriod[], at: Date): boolean {
  const t = at.getTime();
  return leave.some((p) => Date.parse(p.from) <= t && (p.until === undefined || t < Date.parse(p.until)));
}
