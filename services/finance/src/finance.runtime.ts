import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import type { FinanceConfig } from './finance.config';
import { ledgerAggregate, type PeriodRead } from './ledger/ledger.decider';
import { RecentMap } from '@aftersales/kernel';
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
  // FIN-8: read from the log, not a read model. Months as read are kept: a closed one never
  // changes, and a posting decided on an open one that has closed since fails its append's
  // condition on the month's stream, which drops the copy; the posting then decides again on
  // the month as it is. So no posting lands in a closed month, and open months are read once.
  const months = new RecentMap<string, PeriodRead>(config.STATE_CACHE_SIZE);
  const readPeriod = async (branch: string, period: string): Promise<PeriodRead> => {
    const streamId = periods.streamId(periodId(branch, period));
    const kept = months.get(streamId);
    if (kept) return kept;
    const { state, version } = await periods.load(periodId(branch, period));
    const read = { closed: state.exists, streamId, version };
    months.set(streamId, read);
    return read;
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
      ledgerAggregate(settings.currency, settings.timeZone, {
        read: readPeriod,
        moved: (streamId) => months.delete(streamId),
      }),
      clock,
      config.STATE_CACHE_SIZE,
    ),
  };
}

/** Finance's runtime, as its handlers inject it: `@Inject(FinanceRuntime) runtime: FinanceRuntime`. */
export const FinanceRuntime = SERVICE_RUNTIME;
export type FinanceRuntime = ServiceRuntime<FinanceConfig, FinanceSettings, ReturnType<typeof financeParts>>;
