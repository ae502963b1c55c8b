import {
  CHECKS_CONDITIONS,
  createEventStore,
  type AuditableEventStore,
  type FlushStats,
} from '@aftersales/event-store';
import type { EventSourcedServiceConfig } from '../config/config';
import type { AnyServiceDeclaration } from './service-declaration';

/** A service that may not run on the event store its configuration selects. */
export class EventStoreRefused extends Error {
  constructor(
    readonly service: string,
    readonly adapter: string,
    readonly reason: string,
  ) {
    super(
      `${service} cannot run on EVENT_STORE=${adapter}: its appends are conditional on other streams ` +
        `(${reason}), and the ${adapter} adapter cannot check another stream in the same write. ` +
        `Run ${service} with EVENT_STORE=postgres.`,
    );
    this.name = 'EventStoreRefused';
  }
}

/** Throws when the declaration needs what the selected adapter cannot do; checked before connecting. */
export function checkEventStoreFits(
  declaration: Pick<AnyServiceDeclaration, 'name' | 'conditionalAppends'>,
  config: Pick<EventSourcedServiceConfig, 'EVENT_STORE'>,
): void {
  const reason = declaration.conditionalAppends;
  if (reason && !CHECKS_CONDITIONS[config.EVENT_STORE])
    throw new EventStoreRefused(declaration.name, config.EVENT_STORE, reason);
}

/**
 * The service's event store as `EVENT_STORE` selects it. Its schema (and, with EventStoreDB, the
 * AUD-4 key table) is migrated by the service's migration, not here.
 */
export async function openServiceEventStore(
  declaration: Pick<AnyServiceDeclaration, 'name' | 'conditionalAppends'>,
  config: EventSourcedServiceConfig,
  options: { readonly onFlush?: (flush: FlushStats) => void; readonly poolSize?: number } = {},
): Promise<AuditableEventStore> {
  checkEventStoreFits(declaration, config);
  return createEventStore(
    {
      adapter: config.EVENT_STORE,
      databaseUrl: config.DATABASE_URL,
      eventStoreUrl: config.EVENTSTORE_URL,
      schema: config.EVENT_STORE_SCHEMA,
      poolSize: options.poolSize,
      onFlush: options.onFlush,
      migrate: false,
    },
    {},
  );
}
