import { EventSourcedServiceConfig } from '@aftersales/platform';
import { IsOptional, IsString, Matches } from 'class-validator';

const TOPIC = /^[a-zA-Z0-9._-]+$/;

/** Finance's environment, validated at start-up; a bad value stops it naming the variable. */
export class FinanceConfig extends EventSourcedServiceConfig {
  /** Finance's public topic; only tests and side-by-side deployments change it. */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  FINANCE_EVENTS_TOPIC?: string;

  /** Dispatch's public topic (FIN-1 costs of visits and take-back repairs). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  DISPATCH_EVENTS_TOPIC?: string;

  /** Quality inspection's public topic (QC-3 attributions, QC-4 supersessions). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  /** Claims' public topic (CLM-4 supplier claims confirmed: FIN-6 chargebacks). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  CLAIMS_EVENTS_TOPIC?: string;

  /** Warehouse returns' public topic (RET-8 returns stocked in: FIN-7 returned value). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  WAREHOUSE_RETURNS_EVENTS_TOPIC?: string;

  /** The consumer group of finance's reactions (one per deployment). */
  @IsString()
  @Matches(TOPIC)
  FINANCE_CONSUMER_GROUP = 'finance';

  /** FIN-9: the currency the ledger is kept in (ISO 4217); a cost in another is refused. */
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'FINANCE_CURRENCY must be an ISO 4217 code like CNY' })
  FINANCE_CURRENCY = 'CNY';
}
