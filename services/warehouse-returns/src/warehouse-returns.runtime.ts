import { AggregateCommands } from '@aftersales/cqrs';
import { SERVICE_RUNTIME, type ServiceInfrastructure, type ServiceRuntime } from '@aftersales/platform';
import { assertTimeZone } from '@aftersales/scheduling';
import { readTotals } from './customer-totals/customer-totals.store';
import { rmaAggregate } from './rma/rma.decider';
import type { ReturnsPolicy } from './rma/rma.policy';
import type { WarehouseReturnsConfig } from './warehouse-returns.config';

/** Warehouse returns' rules' numbers (RET-2, RET-8), loaded once at start. */
export interface WarehouseReturnsSettings {
  readonly policy: ReturnsPolicy;
}

const pairs = (spec: string): Map<string, string> =>
  new Map(
    spec
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );

export function warehouseReturnsSettings(config: WarehouseReturnsConfig): WarehouseReturnsSettings {
  const limits = new Map([...pairs(config.RMA_EXCHANGE_RATE_LIMITS_BP)].map(([k, v]) => [k, Number(v)]));
  const regions = pairs(config.RMA_BRANCH_REGIONS);
  const zones = pairs(config.BRANCH_TIME_ZONES);
  for (const zone of [...zones.values(), config.DEFAULT_TIME_ZONE]) assertTimeZone(zone);
  const fallback = limits.get('default');
  if (fallback === undefined) throw new Error('RMA_EXCHANGE_RATE_LIMITS_BP needs a default=<bp> entry');
  return {
    policy: {
      exchangeRateLimitBp: (branch) => limits.get(regions.get(branch) ?? 'default') ?? fallback,
      exchangeTimeLimitDays: config.RMA_EXCHANGE_TIME_LIMIT_DAYS,
      receiptDueHour: config.RMA_RECEIPT_DUE_HOUR,
      zoneOf: (branch) => zones.get(branch) ?? config.DEFAULT_TIME_ZONE,
    },
  };
}

/** What warehouse returns' handlers, timers and reactions work with. */
export function warehouseReturnsParts({
  store,
  dataSource,
  settings,
  clock,
  config,
}: ServiceInfrastructure<WarehouseReturnsConfig, WarehouseReturnsSettings>) {
  const totalsOf = (customerId: string) => readTotals(dataSource, customerId);
  return {
    rmas: new AggregateCommands(
      store,
      rmaAggregate(settings.policy, totalsOf),
      clock,
      config.STATE_CACHE_SIZE,
    ),
    totalsOf,
  };
}

/** The runtime, as handlers inject it: `@Inject(WarehouseReturnsRuntime) runtime: WarehouseReturnsRuntime`. */
export const WarehouseReturnsRuntime = SERVICE_RUNTIME;
export type WarehouseReturnsRuntime = ServiceRuntime<
  WarehouseReturnsConfig,
  WarehouseReturnsSettings,
  ReturnType<typeof warehouseReturnsParts>
>;
