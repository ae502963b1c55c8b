import { EventSourcedServiceConfig, KafkaName } from '@aftersales/platform';
import { IsString, Matches } from 'class-validator';

/** Finance's environment, validated at start-up; a bad value stops it naming the variable. */
export class FinanceConfig extends EventSourcedServiceConfig {
  /** Finance's public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  FINANCE_EVENTS_TOPIC?: string;

  /** Dispatch's public topic (FIN-1 costs of visits and take-back repairs). */
  @KafkaName({ optional: true })
  DISPATCH_EVENTS_TOPIC?: string;

  /** Quality inspection's public topic (QC-3 attributions, QC-4 supersessions). */
  @KafkaName({ optional: true })
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  /** Claims' public topic (CLM-4 supplier claims confirmed: FIN-6 chargebacks). */
  @KafkaName({ optional: true })
  CLAIMS_EVENTS_TOPIC?: string;

  /** Warehouse returns' public topic (RET-8 returns stocked in: FIN-7 returned value). */
  @KafkaName({ optional: true })
  WAREHOUSE_RETURNS_EVENTS_TOPIC?: string;

  /** The consumer group of finance's reactions (one per deployment). */
  @KafkaName()
  FINANCE_CONSUMER_GROUP = 'finance';

  /** FIN-9: the currency the ledger is kept in (ISO 4217); a cost in another is refused. */
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'FINANCE_CURRENCY must be an ISO 4217 code like CNY' })
  FINANCE_CURRENCY = 'CNY';
}
