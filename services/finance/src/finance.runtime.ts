import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import type { FinanceConfig } from './finance.config';
import { ledgerAggregate } from './ledger/ledger.decider';

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

/** What finance's handlers and reactions work with: one case ledger per case. */
export function financeParts({
  store,
  clock,
  settings,
  config,
}: ServiceInfrastructure<FinanceConfig, FinanceSettings>) {
  return {
    ledgers: new AggregateCommands(store, ledgerAggregate(settings.currency), clock, config.STATE_CACHE_SIZE),
  };
}

/** Finance's runtime, as its handlers inject it: `@Inject(FinanceRuntime) runtime: FinanceRuntime`. */
export const FinanceRuntime = SERVICE_RUNTIME;
export type FinanceRuntime = ServiceRuntime<FinanceConfig, FinanceSettings, ReturnType<typeof financeParts>>;
