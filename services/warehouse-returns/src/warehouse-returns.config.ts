import { EventSourcedServiceConfig, IntSetting, KafkaName } from '@aftersales/platform';
import { IsString, Matches } from 'class-validator';

/** Warehouse returns' environment, validated at start-up; a bad value stops it naming the variable. */
export class WarehouseReturnsConfig extends EventSourcedServiceConfig {
  /** The service's public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  WAREHOUSE_RETURNS_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  INTAKE_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  FINANCE_EVENTS_TOPIC?: string;

  /** The consumer group of the service's reactions (one per deployment). */
  @KafkaName()
  WAREHOUSE_RETURNS_CONSUMER_GROUP = 'warehouse-returns';

  /**
   * RET-2: the exchange-rate limit in basis points of purchases, per region
   * ("default=500,EAST=800"); a customer's region comes from its branch (RMA_BRANCH_REGIONS).
   */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]+=\d{1,5}(,[A-Za-z0-9_-]+=\d{1,5})*$/, {
    message: 'RMA_EXCHANGE_RATE_LIMITS_BP must look like default=500,EAST=800',
  })
  RMA_EXCHANGE_RATE_LIMITS_BP = 'default=500';

  /** Branch → region for RET-2's limits, e.g. "HZ=EAST,NB=EAST"; a branch not named is `default`. */
  @IsString()
  @Matches(/^([A-Z]{2,8}=[A-Za-z0-9_-]+(,[A-Z]{2,8}=[A-Za-z0-9_-]+)*)?$/, {
    message: 'RMA_BRANCH_REGIONS must look like HZ=EAST,NB=EAST',
  })
  RMA_BRANCH_REGIONS = '';

  /** RET-2: days after delivery within which the contract allows an unsalable exchange. */
  @IntSetting(1, 3650)
  RMA_EXCHANGE_TIME_LIMIT_DAYS = 90;

  /** RET-8: the return receipt reaches the customer before this hour of the next day (branch time). */
  @IntSetting(1, 24)
  RMA_RECEIPT_DUE_HOUR = 12;

  /** Branch time zones, e.g. "HZ=Asia/Shanghai" (RET-8's deadline is local). */
  @IsString()
  @Matches(/^([A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)(,[A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)*$|^$/, {
    message: 'BRANCH_TIME_ZONES must look like HZ=Asia/Shanghai,NB=Asia/Shanghai',
  })
  BRANCH_TIME_ZONES = '';
}
