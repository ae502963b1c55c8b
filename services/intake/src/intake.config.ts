import { EventSourcedServiceConfig, IntSetting, KafkaName } from '@aftersales/platform';
import { IsOptional, IsString, Matches } from 'class-validator';

/** Intake's environment, validated at start-up; a bad value stops it naming the variable. */
export class IntakeConfig extends EventSourcedServiceConfig {
  /** The public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  INTAKE_EVENTS_TOPIC?: string;

  /** Comma-separated topics of other services whose case events join the case timeline. */
  @IsString()
  @Matches(/^([a-zA-Z0-9._-]+(,[a-zA-Z0-9._-]+)*)?$/)
  DOWNSTREAM_TOPICS =
    'aftersales.dispatch.events.v1,aftersales.quality-inspection.events.v1,aftersales.warehouse-returns.events.v1,aftersales.claims.events.v1,aftersales.finance.events.v1';

  /** The consumer group reading DOWNSTREAM_TOPICS (one per deployment). */
  @KafkaName()
  DOWNSTREAM_CONSUMER_GROUP = 'intake.downstream-timeline';

  /** Branch time zones, e.g. "HZ=Asia/Shanghai,MUC=Europe/Berlin" (years, months and deadlines are local). */
  @IsString()
  @Matches(/^([A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)(,[A-Z]{2,8}=[A-Za-z_]+\/[A-Za-z_/+-]+)*$|^$/, {
    message: 'BRANCH_TIME_ZONES must look like HZ=Asia/Shanghai,NB=Asia/Shanghai',
  })
  BRANCH_TIME_ZONES = '';

  /** Optional JSON file overriding the INT-4/5/9 numbers of the intake policy. */
  @IsOptional()
  @IsString()
  INTAKE_POLICY_FILE?: string;

  /** Case numbers each process reserves at once at least (INT-1); a busy branch gets up to 1,000 at once. Larger blocks, fewer round trips, more skipped numbers on restart. */
  @IntSetting(1, 1000)
  CASE_NUMBER_BLOCK = 20;
}
