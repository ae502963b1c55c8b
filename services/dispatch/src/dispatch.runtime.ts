import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import { DispatchCommands } from './dispatch-commands';
import { EndOfDayChecks } from './deadlines/end-of-day.timer';
import type { DispatchConfig } from './dispatch.config';
import { loadDispatchSettings, type DispatchSettings } from './dispatch-settings';

export function dispatchSettings(config: DispatchConfig): DispatchSettings {
  return loadDispatchSettings(config.DISPATCH_POLICY_FILE, {
    branches: config.DISPATCH_BRANCHES.split(','),
    timeZone: config.DEFAULT_TIME_ZONE,
  });
}

/** What dispatch's handlers, timers and reactions work with. */
export function dispatchParts({
  store,
  dataSource,
  timers,
  settings,
  clock,
  config,
}: ServiceInfrastructure<DispatchConfig, DispatchSettings>) {
  const commands = new DispatchCommands(store, settings.policy, clock, config.STATE_CACHE_SIZE);
  return { commands, endOfDay: new EndOfDayChecks(timers, settings.policy, dataSource, commands) };
}

/** Dispatch's runtime, as its handlers inject it: `@Inject(DispatchRuntime) runtime: DispatchRuntime`. */
export const DispatchRuntime = SERVICE_RUNTIME;
export type DispatchRuntime = ServiceRuntime<
  DispatchConfig,
  DispatchSettings,
  ReturnType<typeof dispatchParts>
>;
