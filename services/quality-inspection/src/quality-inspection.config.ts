import { EventSourcedServiceConfig, IntSetting, KafkaName } from '@aftersales/platform';
import { IsString, Matches } from 'class-validator';

/** Quality inspection's environment, validated at start-up; a bad value stops it naming the variable. */
export class QualityInspectionConfig extends EventSourcedServiceConfig {
  /** Quality inspection's public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  /** Dispatch's public topic (QC-1: products taken back open inspections). */
  @KafkaName({ optional: true })
  DISPATCH_EVENTS_TOPIC?: string;

  /** Intake's public topic (QC-1: founded quality complaints flagged for root-cause analysis). */
  @KafkaName({ optional: true })
  INTAKE_EVENTS_TOPIC?: string;

  /** Claims' public topic (QC-4: a supplier's dispute of its claim opens the dispute of the attribution). */
  @KafkaName({ optional: true })
  CLAIMS_EVENTS_TOPIC?: string;

  /** The consumer group of quality inspection's reactions (one per deployment). */
  @KafkaName()
  QUALITY_INSPECTION_CONSUMER_GROUP = 'quality-inspection';

  /** QC-3: the head-office departments responsibility can be attributed to. */
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/, {
    message: 'QC_DEPARTMENTS must look like production,assembly,technical',
  })
  QC_DEPARTMENTS = 'production,assembly,technical,purchasing,design,logistics';

  /** QC-5: days from sign-off to a CAPA's due date when none is given. */
  @IntSetting(1, 365)
  QC_CAPA_DUE_DAYS = 30;

  /** QC-5: the least length of a refusal's written explanation. */
  @IntSetting(1, 4_000)
  QC_REFUSAL_MIN_CHARS = 40;
}
