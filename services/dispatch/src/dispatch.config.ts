import { EventSourcedServiceConfig } from '@aftersales/platform';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Dispatch's environment, validated at start-up; a bad value stops it naming the variable. */
export class DispatchConfig extends EventSourcedServiceConfig {
  /** PostgreSQL holding the event store and dispatch's own schema. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^[a-z_][a-z0-9_]*$/)
  EVENT_STORE_SCHEMA = 'event_store';

  /** Comma-separated host:port list; the relay and the intake consumer need it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  KAFKA_BROKERS?: string;

  /** Dispatch's public topic; only tests and side-by-side deployments change it. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]+$/)
  DISPATCH_EVENTS_TOPIC?: string;

  /** Intake's public topic dispatch reacts to; only tests and side-by-side deployments change it. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]+$/)
  INTAKE_EVENTS_TOPIC?: string;

  /** The consumer group of dispatch's reactions (one per deployment). */
  @IsString()
  @Matches(/^[a-zA-Z0-9._-]+$/)
  DISPATCH_CONSUMER_GROUP = 'dispatch';

  /** Partitions of the topic when dispatch creates it (they bound consumers' parallelism). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  KAFKA_PARTITIONS = 6;

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

  @IsString()
  @IsNotEmpty()
  DEFAULT_TIME_ZONE = 'Asia/Shanghai';

  /** Connections per pool (event store, read models); keep the sum of all services under PostgreSQL's max_connections. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  DB_POOL_SIZE = 8;
}
