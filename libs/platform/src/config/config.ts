import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  validateSync,
  ValidateIf,
} from 'class-validator';
import { EVENT_STORE_ADAPTERS, type EventStoreAdapter } from '@aftersales/event-store';
import { DEFAULT_AUDIENCE, DEV_ISSUER } from '../auth/dev-key';
import { LOG_LEVELS, type LogLevel } from '../logging/json-logger';

/** A missing or bad environment variable: start-up stops with a message naming each one. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** A whole-number variable within [min, max] (the environment holds text; a bad value names it). */
export const IntSetting =
  (min: number, max?: number): PropertyDecorator =>
  (target, property) => {
    Type(() => Number)(target, property);
    IsInt()(target, property);
    Min(min)(target, property);
    if (max !== undefined) Max(max)(target, property);
  };

const KAFKA_NAME = /^[a-zA-Z0-9._-]+$/;

/** A Kafka topic or consumer group name (letters, digits, . _ -); optional ones may be left unset. */
export const KafkaName =
  (options: { optional?: boolean } = {}): PropertyDecorator =>
  (target, property) => {
    if (options.optional) IsOptional()(target, property);
    IsString()(target, property);
    Matches(KAFKA_NAME, { message: `${String(property)} must be a Kafka name (letters, digits, . _ -)` })(
      target,
      property,
    );
  };

/** For boolean variables: only "true"/"1" and "false"/"0" are accepted, anything else fails validation. */
export const BooleanEnv = () =>
  Transform(({ value }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  );

/**
 * What every service reads from the environment. Property names are the variable names, so
 * a validation message names the variable. Services extend it with their own variables.
 */
export class PlatformConfig {
  @IsOptional()
  @IsIn(['development', 'test', 'production'])
  NODE_ENV?: string;

  @IntSetting(0, 65_535)
  PORT = 3000;

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Expected "iss" of every token. */
  @IsString()
  @IsNotEmpty()
  AUTH_ISSUER = DEV_ISSUER;

  /** Expected "aud" of every token. */
  @IsString()
  @IsNotEmpty()
  AUTH_AUDIENCE = DEFAULT_AUDIENCE;

  /** Production: the OIDC provider's JWKS endpoint. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  AUTH_JWKS_URL?: string;

  /** Development: verify with the committed DEV-ONLY key (refused when NODE_ENV=production). */
  @BooleanEnv()
  @IsBoolean()
  AUTH_DEV_KEY = false;

  /** Comma-separated JWS algorithms accepted. */
  @IsString()
  @IsNotEmpty()
  AUTH_ALGORITHMS = 'RS256,ES256,EdDSA';

  @IntSetting(0, 300)
  AUTH_CLOCK_TOLERANCE_SECONDS = 30;

  /** Dot path of the roles claim (e.g. realm_access.roles for Keycloak). */
  @IsString()
  @IsNotEmpty()
  AUTH_ROLES_CLAIM = 'roles';

  /** Dot path of the branch codes claim. */
  @IsString()
  @IsNotEmpty()
  AUTH_BRANCHES_CLAIM = 'branches';

  /** Longest wait for in-flight requests and shutdown hooks after SIGTERM. */
  @IntSetting(0)
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /** Deepest nesting of objects and arrays a request body may have (deeper: 400). */
  @IntSetting(2, 1_000)
  HTTP_MAX_BODY_DEPTH = 32;

  /** Longest path or query parameter, in characters (longer: 400). */
  @IntSetting(1, 100_000)
  HTTP_MAX_PARAMETER_LENGTH = 256;

  /**
   * Read-your-writes: how long a query given `x-min-position` waits for its read model to reach
   * it before answering 425 with Retry-After.
   */
  @IntSetting(0)
  READ_MODEL_WAIT_MS = 2_000;
}

/**
 * What an event-sourced service (its own log, commands decided on its streams, public events
 * relayed to Kafka) reads besides the platform variables.
 */
export class EventSourcedServiceConfig extends PlatformConfig {
  /** PostgreSQL holding the event store and the service's own schema. */
  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^[a-z_][a-z0-9_]*$/)
  EVENT_STORE_SCHEMA = 'event_store';

  /**
   * The event store adapter: `postgres` (the log in DATABASE_URL) or `eventstoredb` (the log in
   * EventStoreDB/KurrentDB at EVENTSTORE_URL; AUD-4 keys, read models and the rest stay in
   * PostgreSQL). A service whose appends are conditional on other streams refuses to start on
   * an adapter that cannot check them.
   */
  @IsIn(EVENT_STORE_ADAPTERS)
  EVENT_STORE: EventStoreAdapter = 'postgres';

  /** EventStoreDB/KurrentDB connection string (esdb://host:2113?tls=false); needed with EVENT_STORE=eventstoredb. */
  @ValidateIf((config: EventSourcedServiceConfig) => config.EVENT_STORE === 'eventstoredb')
  @IsString()
  @Matches(/^(esdb|kurrentdb|kdb)(\+discover)?:\/\//, {
    message: 'EVENTSTORE_URL must be an esdb:// (or kurrentdb://) URL when EVENT_STORE=eventstoredb',
  })
  EVENTSTORE_URL?: string;

  /** Comma-separated host:port list (or `in-process`, the standalone); the relay and reactions need it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  KAFKA_BROKERS?: string;

  /** Partitions of the topics when the service creates them (they bound consumers' parallelism). */
  @IntSetting(1, 120)
  KAFKA_PARTITIONS = 6;

  /** Connections per pool (event store, read models); keep the sum of all services under PostgreSQL's max_connections. */
  @IntSetting(2, 100)
  DB_POOL_SIZE = 8;

  /** Time zone of a branch that names none of its own (deadlines and months are local). */
  @IsString()
  @IsNotEmpty()
  DEFAULT_TIME_ZONE = 'Asia/Shanghai';

  /**
   * Apply the service's schema changes (and create its Kafka topics) at start-up. Off where a
   * migration job runs them before a rollout (`migrate.cli`), so the pods need no DDL rights.
   */
  @BooleanEnv()
  @IsBoolean()
  MIGRATE_ON_START = true;

  /** Streams whose state a process keeps after writing them, so their next command reads no stream (0: none). About 1–2 KB each. */
  @IntSetting(0, 1_000_000)
  STATE_CACHE_SIZE = 5_000;

  /**
   * How often a standby replica tries to take the service's leader lease (the one replica that
   * runs the relay and the timers), and the holder checks it still has it: the longest a
   * replica's death leaves them idle, besides PostgreSQL noticing a vanished host (~20 s).
   */
  @IntSetting(50, 60_000)
  LEADER_CHECK_MS = 2_000;

  /** Most milliseconds the relay lets events gather between Kafka requests under load. */
  @IntSetting(0, 1000)
  RELAY_GATHER_MS = 50;

  /** Milliseconds of gathering per event of the relay's last partial batch (0: send at once). */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(100)
  RELAY_GATHER_PER_EVENT_MS = 0.25;
}

function crossChecks(config: PlatformConfig): string[] {
  const problems: string[] = [];
  if (config.AUTH_JWKS_URL && config.AUTH_DEV_KEY)
    problems.push('AUTH_JWKS_URL and AUTH_DEV_KEY=true are exclusive: choose one key source');
  if (!config.AUTH_JWKS_URL && !config.AUTH_DEV_KEY)
    problems.push('AUTH_JWKS_URL is missing (or set AUTH_DEV_KEY=true for development)');
  if (config.AUTH_DEV_KEY && config.NODE_ENV === 'production')
    problems.push('AUTH_DEV_KEY=true is refused when NODE_ENV=production');
  return problems;
}

/** Reads and validates the typed config; an empty variable counts as missing. */
export function loadConfig<T extends object>(
  type: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(type, present);
  const errors = validateSync(config, { whitelist: true });
  const problems = errors.map((e) => {
    const reasons = Object.values(e.constraints ?? {}).join(', ');
    return `${e.property} ${e.property in present ? 'is invalid' : 'is missing'}: ${reasons}`;
  });
  if (config instanceof PlatformConfig && problems.length === 0) problems.push(...crossChecks(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
