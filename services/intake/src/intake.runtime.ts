import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import { CaseCommands } from './case/case-commands';
import type { BranchZones } from './case/complaint-register/complaint-register.projection';
import type { IntakePolicy } from './case/intake-policy';
import { CaseNumberAllocator } from './case/register-case/case-number.allocator';
import type { IntakeConfig } from './intake.config';
import { branchZones } from './branch-zones';
import { loadIntakePolicy } from './case/intake-policy.loader';

/** Intake's rules' numbers (INT-4/5/9) and the branches' time zones, loaded once at start. */
export interface IntakeSettings {
  readonly policy: IntakePolicy;
  readonly zones: BranchZones;
}

export function intakeSettings(config: IntakeConfig): IntakeSettings {
  return {
    policy: loadIntakePolicy(config.INTAKE_POLICY_FILE),
    zones: branchZones(config.BRANCH_TIME_ZONES, config.DEFAULT_TIME_ZONE),
  };
}

/** What intake's handlers, timers and reactions work with. */
export function intakeParts({
  store,
  dataSource,
  settings,
  clock,
  config,
}: ServiceInfrastructure<IntakeConfig, IntakeSettings>) {
  return {
    commands: new CaseCommands(store, settings.policy, clock, config.STATE_CACHE_SIZE),
    caseNumbers: new CaseNumberAllocator(dataSource, config.CASE_NUMBER_BLOCK),
  };
}

/** Intake's runtime, as its handlers inject it: `@Inject(IntakeRuntime) runtime: IntakeRuntime`. */
export const IntakeRuntime = SERVICE_RUNTIME;
export type IntakeRuntime = ServiceRuntime<IntakeConfig, IntakeSettings, ReturnType<typeof intakeParts>>;
