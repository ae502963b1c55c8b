import { EventSourcedServiceConfig, IntSetting, KafkaName } from '@aftersales/platform';
import { IsIn, IsString, Matches } from 'class-validator';

/** Claims' environment, validated at start-up; a bad value stops it naming the variable. */
export class ClaimsConfig extends EventSourcedServiceConfig {
  /** Claims' public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  CLAIMS_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  INTAKE_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  DISPATCH_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  FINANCE_EVENTS_TOPIC?: string;

  @KafkaName({ optional: true })
  WAREHOUSE_RETURNS_EVENTS_TOPIC?: string;

  /** The consumer group of claims' reactions (one per deployment). */
  @KafkaName()
  CLAIMS_CONSUMER_GROUP = 'claims';

  /** CLM-1: full warranty (replace or return) from commissioning, in years. */
  @IntSetting(0, 50)
  WARRANTY_FULL_YEARS = 2;

  /** CLM-1: free quality repairs after the full warranty, in years. */
  @IntSetting(0, 50)
  WARRANTY_EXTENDED_YEARS = 3;

  /** CLM-2: months before a maintenance contract ends that the customer is told. */
  @IntSetting(0, 24)
  CONTRACT_NOTICE_MONTHS = 1;

  /** CLM-2: the same for software maintenance contracts. */
  @IntSetting(0, 24)
  SOFTWARE_CONTRACT_NOTICE_MONTHS = 3;

  /** CLM-4: the supplier's contractual response window, in calendar days (ends at midnight, branch time). */
  @IntSetting(0, 365)
  SUPPLIER_RESPONSE_DAYS = 30;

  /**
   * QC-4: calendar days QC has to decide a supplier's dispute (ends at midnight, branch time);
   * undecided by then, the dispute is referred to QC again once and counted as a deadline miss.
   */
  @IntSetting(1, 365)
  SUPPLIER_DISPUTE_REVIEW_DAYS = 14;

  /** CLM-7: a replacement inherits the remaining warranty, or starts a fresh one. */
  @IsIn(['inherit', 'fresh'])
  REPLACEMENT_WARRANTY: 'inherit' | 'fresh' = 'inherit';

  /** Branch time zones the warranty is counted in, e.g. HZ=Asia/Shanghai,NB=Asia/Shanghai (others: DEFAULT_TIME_ZONE). */
  @IsString()
  @Matches(/^$|^[A-Z0-9]{1,20}=[A-Za-z_/+-]+(,[A-Z0-9]{1,20}=[A-Za-z_/+-]+)*$/, {
    message: 'CLAIMS_BRANCH_TIME_ZONES must look like HZ=Asia/Shanghai,NB=Asia/Shanghai',
  })
  CLAIMS_BRANCH_TIME_ZONES = '';

  /** CLM-5: old-part recovery rate target, in percent. */
  @IntSetting(0, 100)
  RECOVERY_RATE_TARGET_PERCENT = 80;

  /** CLM-5: the stretch target, in percent. */
  @IntSetting(0, 100)
  RECOVERY_RATE_STRETCH_PERCENT = 85;

  /** CLM-5: net claim cost target per unit sold, in minor units of CLAIMS_CURRENCY (500.00). */
  @IntSetting(0)
  NET_CLAIM_COST_PER_UNIT_TARGET_MINOR = 50_000;

  /** The currency claims are kept in (FIN-9). */
  @Matches(/^[A-Z]{3}$/)
  CLAIMS_CURRENCY = 'CNY';
}
