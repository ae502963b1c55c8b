import { EventSourcedServiceConfig } from '@aftersales/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const TOPIC = /^[a-zA-Z0-9._-]+$/;

/** Quality inspection's environment, validated at start-up; a bad value stops it naming the variable. */
export class QualityInspectionConfig extends EventSourcedServiceConfig {
  /** Quality inspection's public topic; only tests and side-by-side deployments change it. */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  QUALITY_INSPECTION_EVENTS_TOPIC?: string;

  /** Dispatch's public topic (QC-1: products taken back open inspections). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  DISPATCH_EVENTS_TOPIC?: string;

  /** Intake's public topic (QC-1: founded quality complaints flagged for root-cause analysis). */
  @IsOptional()
  @IsString()
  @Matches(TOPIC)
  INTAKE_EVENTS_TOPIC?: string;

  /** The consumer group of quality inspection's reactions (one per deployment). */
  @IsString()
  @Matches(TOPIC)
  QUALITY_INSPECTION_CONSUMER_GROUP = 'quality-inspection';

  /** QC-3: the head-office departments responsibility can be attributed to. */
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/, {
    message: 'QC_DEPARTMENTS must look like production,assembly,technical',
  })
  QC_DEPARTMENTS = 'production,assembly,technical,purchasing,design,logistics';

  /** QC-5: days from sign-off to a CAPA's due date when none is given. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  QC_CAPA_DUE_DAYS = 30;

  /** QC-5: the least length of a refusal's written explanation. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4_000)
  QC_REFUSAL_MIN_CHARS = 40;
}
