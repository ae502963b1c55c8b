import { readFileSync } from 'node:fs';
import type { WorkingCalendarConfig } from '@aftersales/scheduling';
import {
  branchPolicyWithDefaults,
  checkBranchPolicy,
  type BranchDispatchPolicy,
  type DispatchPolicy,
} from './dispatch-policy';
import type { Zone } from './dispatch.vocabulary';
import {
  DEFAULT_ON_SITE_WORK_POLICY,
  type OnSiteWorkPolicy,
} from './reactions/on-case-accepted/on-case-accepted';

/** Everything configurable about dispatch's rules, loaded once at start-up. */
export interface DispatchSettings {
  readonly policy: DispatchPolicy;
  readonly onSiteWork: OnSiteWorkPolicy;
  /** The model catalogue's product line of a model (DSP-1 skill); not built yet, so configured. */
  productLineOf(model: string): string;
  /** DSP-2 zone of a visit opened from an accepted case. */
  defaultZoneOf(branch: string): Zone;
}

/** The file's shape: each branch's policy fields, with the source defaults for what it omits. */
export interface DispatchSettingsFile {
  readonly branches: Readonly<
    Record<
      string,
      { calendar: WorkingCalendarConfig } & Partial<Omit<BranchDispatchPolicy, 'branch' | 'calendar'>>
    >
  >;
  readonly onSiteWork?: Partial<OnSiteWorkPolicy>;
  readonly productLines?: Readonly<Record<string, string>>;
  /** Product line of a model not in `productLines`; omitted: the model itself. */
  readonly defaultProductLine?: string;
}

export function defaultCalendar(timeZone: string): WorkingCalendarConfig {
  const day = ['08:30-12:00', '13:30-17:30'];
  return { timeZone, weeklyHours: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays: [] };
}

export function dispatchSettings(file: DispatchSettingsFile): DispatchSettings {
  const branches: Record<string, BranchDispatchPolicy> = {};
  for (const [branch, { calendar, ...overrides }] of Object.entries(file.branches)) {
    branches[branch] = branchPolicyWithDefaults(branch, calendar, overrides);
    checkBranchPolicy(branches[branch]);
  }
  const policy: DispatchPolicy = { branches };
  const lines = file.productLines ?? {};
  return {
    policy,
    onSiteWork: { ...DEFAULT_ON_SITE_WORK_POLICY, ...file.onSiteWork },
    productLineOf: (model) => lines[model] ?? file.defaultProductLine ?? model,
    defaultZoneOf: (branch) => branches[branch]?.defaultZone ?? 'city',
  };
}

/** From DISPATCH_POLICY_FILE, or the source defaults for the listed branches. */
export function loadDispatchSettings(
  file: string | undefined,
  fallback: { branches: readonly string[]; timeZone: string },
): DispatchSettings {
  if (file) return dispatchSettings(JSON.parse(readFileSync(file, 'utf8')) as DispatchSettingsFile);
  return dispatchSettings({
    branches: Object.fromEntries(
      fallback.branches.map((b) => [b, { calendar: defaultCalendar(fallback.timeZone) }]),
    ),
  });
}
