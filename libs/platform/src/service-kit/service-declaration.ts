import type { ContractRegistry } from '@aftersales/contracts';
import type { AuditableEventStore, ServiceAudit } from '@aftersales/event-store';
import type { Clock } from '@aftersales/kernel';
import type { EventHandler, PublicEventMapper } from '@aftersales/messaging';
import type { Projection } from '@aftersales/projections';
import type { Timer, TimerStore } from '@aftersales/scheduling';
import type { Provider, Type } from '@nestjs/common';
import type { Pool } from 'pg';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { EventSourcedServiceConfig } from '../config/config';

/** What the kit has opened for a service before its own parts exist. */
export interface ServiceInfrastructure<C, S> {
  readonly config: C;
  /** The service's rules' numbers and tables, loaded once at start (policy files, zones). */
  readonly settings: S;
  readonly clock: Clock;
  /** The adapter `EVENT_STORE` selects (PostgreSQL unless set to eventstoredb). */
  readonly store: AuditableEventStore;
  /** The service's read-model database (TypeORM, its own schema). */
  readonly dataSource: DataSource;
  /** A small pool on the same database for timers, the relay's lease and the inboxes. */
  readonly pool: Pool;
  readonly timers: TimerStore;
}

/** The infrastructure plus what the service built on it (its command services, allocators). */
export type ServiceContext<C, S, P> = ServiceInfrastructure<C, S> & { readonly parts: P };

/** A durable timer kind and what firing it does; the kit runs it as the system actor. */
export type DeclaredTimer<C, S, P> = (context: ServiceContext<C, S, P>) => (timer: Timer) => Promise<unknown>;

/** Another service's topics this one reacts to, through the idempotent inbox consumer. */
export interface DeclaredReaction<C, S, P> {
  /** The reaction's name: readiness check, logs and inbox entries. */
  readonly name: string;
  readonly topics: (config: C) => readonly string[];
  /** One consumer group per deployment of the service. */
  readonly groupId: (config: C) => string;
  readonly handler: (context: ServiceContext<C, S, P>) => EventHandler;
}

/**
 * Everything a service is, in one place: the kit runs the event store, read models, projections,
 * timers, relay, reactions, health, metrics, shutdown, migrations and the CLIs from it.
 */
export interface ServiceDeclaration<
  C extends EventSourcedServiceConfig = EventSourcedServiceConfig,
  S = unknown,
  P extends object = object,
> {
  /** Route prefix, PostgreSQL schema, log and metrics label, Kafka client id. */
  readonly name: string;
  readonly config: new () => C;
  /**
   * Why the service's appends are conditional on other streams (`AppendOptions.conditions`), if
   * any are: the kit refuses to start it on an event store adapter that cannot check them.
   */
  readonly conditionalAppends?: string;
  /** Stream categories the service owns; `published` ones are read by the relay. */
  readonly streams: { readonly published: readonly string[]; readonly internal?: readonly string[] };
  readonly settings: (config: C) => S;
  /** The service's read models: rebuildable from the log by `rebuild`. */
  readonly readModels: {
    readonly entities: readonly Type<unknown>[];
    readonly migrations: readonly Type<MigrationInterface>[];
    readonly projections: (settings: S, config: C) => readonly Projection[];
  };
  /** Builds the service's own parts (command services, allocators) on the infrastructure. */
  readonly parts: (infrastructure: ServiceInfrastructure<C, S>) => P;
  /** Followers of the log with effects (timer scheduling, reactions to its own events); not rebuilt. */
  readonly followers?: (context: ServiceContext<C, S, P>) => readonly Projection[];
  readonly timers?: Readonly<Record<string, DeclaredTimer<C, S, P>>>;
  /**
   * The timer kinds that are deadlines: one whose firing records events found its deadline
   * missed (deadline_misses_total on /metrics).
   */
  readonly deadlines?: readonly string[];
  /** Runs once the timers run, before HTTP is served (e.g. arming a daily timer). */
  readonly onStart?: (context: ServiceContext<C, S, P>) => Promise<void>;
  /** Internal events → versioned public contracts, published by the relay to the service's topic. */
  readonly publicEvents?: {
    readonly topic: (config: C) => string;
    readonly mapper: PublicEventMapper;
  };
  readonly reactions?: readonly DeclaredReaction<C, S, P>[];
  /**
   * AUD-2: how the service's events tell a case's story (who, why, evidence, money), served to
   * auditors at `GET /<name>/audit/cases/:caseRef` and read by `npm run audit -- case`. Without
   * it the events are still shown, named by their type.
   */
  readonly audit?: ServiceAudit;
  /** Controllers and their command and query handlers (@nestjs/cqrs). */
  readonly http: { readonly controllers: readonly Type<unknown>[]; readonly providers: readonly Provider[] };
}

/** Any service's declaration, where only the kit's side of it matters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each service has its own config, settings and parts
export type AnyServiceDeclaration = ServiceDeclaration<any, any, any>;

/** A service's declaration as written: the kit checks it and keeps its types. */
export function defineService<C extends EventSourcedServiceConfig, S, P extends object>(
  declaration: ServiceDeclaration<C, S, P>,
): ServiceDeclaration<C, S, P> {
  if (!/^[a-z][a-z0-9_]*$/.test(declaration.name.replace(/-/g, '_')))
    throw new Error(`service name ${declaration.name} must be lower-case words`);
  for (const category of [...declaration.streams.published, ...(declaration.streams.internal ?? [])])
    if (!/^[a-z][a-z0-9]*$/.test(category))
      throw new Error(`${declaration.name}: stream category ${category} must be one dash-free word`);
  return declaration;
}

/** Options of a runtime that tests and harnesses set beside the configuration. */
export interface RuntimeOverrides<S> {
  /** Settings in place of those loaded from the configuration (tests pass policies directly). */
  readonly settings?: S;
  readonly clock?: Clock;
  /** Projections and timers poll at least this often (LISTEN/NOTIFY wakes them sooner). */
  readonly idleMs?: number;
  /** The contracts published and consumed events are checked against (default: every published contract). */
  readonly contracts?: ContractRegistry;
  readonly onError?: (what: string, error: unknown) => void;
}

export type SettingsOf<D> = D extends ServiceDeclaration<infer _C, infer S, infer _P> ? S : never;
export type ConfigOf<D> = D extends ServiceDeclaration<infer C, infer _S, infer _P> ? C : never;
