import { EventSourcedServiceConfig, KafkaName } from '@aftersales/platform';
import { IsOptional, IsString, Matches } from 'class-validator';

/** Dispatch's environment, validated at start-up; a bad value stops it naming the variable. */
export class DispatchConfig extends EventSourcedServiceConfig {
  /** Dispatch's public topic; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  DISPATCH_EVENTS_TOPIC?: string;

  /** Intake's public topic dispatch reacts to; only tests and side-by-side deployments change it. */
  @KafkaName({ optional: true })
  INTAKE_EVENTS_TOPIC?: string;

  /** The consumer group of dispatch's reactions (one per deployment). */
  @KafkaName()
  DISPATCH_CONSUMER_GROUP = 'dispatch';

  /**
   * JSON file with the branches' dispatch policy (calendar, DSP-2 arrival rules, default zone,
   * DSP-5 lead time, labour rate), the on-site-work policy and the model → product-line catalogue.
   */
  @IsOptional()
  @IsString()
  DISPATCH_POLICY_FILE?: string;

  /** Branches served with the default policy when no DISPATCH_POLICY_FILE is given. */
  @IsString()
  @Matches(/^[A-Z]{2,8}(,[A-Z]{2,8})*$/, { message: 'DISPATCH_BRANCHES must look like HZ,NB' })
  DISPATCH_BRANCHES = 'HZ,NB';
}
