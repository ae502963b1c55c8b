import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import type { FinanceConfig } from './finance.config';
import { ledgerAggregate } from './ledger/ledger.decider';
import { customerAggregate } from './customer/customer.decider';
import { periodAggregate, periodId } from './period/period.decider';

export interface FinanceSettings {
  /** FIN-9: the ledger's currency. */
  readonly currency: string;
  /** FIN-8: the zone a posting's accounting period (month) is counted in. */
  readonly timeZone: string;
}

export const financeSettings = (config: FinanceConfig): FinanceSettings => ({
  currency: config.FINANCE_CURRENCY,
  timeZone: config.DEFAULT_TIME_ZONE,
});

/** What finance's handlers and reactions work with: one ledger per case, one period per branch and month. */
export function financeParts({
  store,
  clock,
  settings,
  config,
}: ServiceInfrastructure<FinanceConfig, FinanceSettings>) {
  const periods = new AggregateCommands(
    store,
    periodAggregate(settings.timeZone),
    clock,
    config.STATE_CACHE_SIZE,
  );
  // FIN-8: read from the log, not a read model, so a close is seen by the next posting at once;
  // the posting's append checks the period's stream has not moved since (no close in between).
  const readPeriod = async (branch: string, period: string) => {
    const id = periodId(branch, period);
    const { state, version } = await periods.load(id);
    return { closed: state.exists, streamId: periods.streamId(id), version };
  };
  return {
    periods,
    customers: new AggregateCommands(
      store,
      customerAggregate(settings.currency),
      clock,
      config.STATE_CACHE_SIZE,
    ),
    ledgers: new AggregateCommands(
      store,
      ledgerAggregate(settings.currency, settings.timeZone, readPeriod),
      clock,
      config.STATE_CACHE_SIZE,
    ),
  };
}

/** Finance's runtime, as its handlers inject it: `@Inject(FinanceRuntime) runtime: FinanceRuntime`. */
export const FinanceRuntime = SERVICE_RUNTIME;
export type FinanceRuntime = ServiceRuntime<FinanceConfig, FinanceSettings, ReturnType<typeof financeParts>>;
