import 'reflect-metadata';
import { EsdbEventStore, InMemoryEventStore, PostgresEventStore } from '@aftersales/event-store';
import { NotImplementedException } from '@nestjs/common';
import { toErrorResponse } from '../http/error.filter';
import { auditSourceOf } from './case-audit.http.controller';
import { migrateFromEnv } from './service-cli';
import { ConfigError, EventSourcedServiceConfig, loadConfig } from '../config/config';
import { EventStoreRefused, openServiceEventStore } from './service-event-store';
import { startRuntimeFromEnv, type KitRuntime } from './service-runtime';
import { ticketingService } from './tiny-services.fixtures';

// Nothing here connects: the adapters open their connections on first use, and a refusal comes first.
const DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nowhere';
const EVENTSTORE_URL = 'esdb://127.0.0.1:1?tls=false';
const configOf = (env: Record<string, string>) =>
  loadConfig(EventSourcedServiceConfig, { AUTH_DEV_KEY: 'true', DATABASE_URL, ...env });
const ledger = {
  name: 'ledger',
  conditionalAppends: 'a posting is appended on condition that its month was not closed since it was read',
};

describe('the event store a service runs on: EVENT_STORE', () => {
  it('is PostgreSQL when unset, also with EVENTSTORE_URL given', async () => {
    for (const env of [{}, { EVENTSTORE_URL }] as Record<string, string>[]) {
      const store = await openServiceEventStore(ticketingService, configOf(env));
      expect(store).toBeInstanceOf(PostgresEventStore);
      await store.close();
    }
  });

  it('is EventStoreDB with EVENT_STORE=eventstoredb and EVENTSTORE_URL', async () => {
    const store = await openServiceEventStore(
      ticketingService,
      configOf({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL }),
    );
    expect(store).toBeInstanceOf(EsdbEventStore);
    expect(store.checksConditions).toBe(false);
    await store.close();
  });

  it('names the variable when EventStoreDB has no URL, or the adapter is unknown', () => {
    expect(() => configOf({ EVENT_STORE: 'eventstoredb' })).toThrow(ConfigError);
    expect(() => configOf({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_URL must be an esdb:\/\//);
    expect(() => configOf({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL: 'http://x' })).toThrow(
      /EVENTSTORE_URL/,
    );
    expect(() => configOf({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE/);
  });

  it('refuses a service with conditional appends on EventStoreDB, naming the service and why', async () => {
    const refusal = openServiceEventStore(ledger, configOf({ EVENT_STORE: 'eventstoredb', EVENTSTORE_URL }));
    await expect(refusal).rejects.toBeInstanceOf(EventStoreRefused);
    await expect(refusal).rejects.toThrow(
      'ledger cannot run on EVENT_STORE=eventstoredb: its appends are conditional on other streams ' +
        '(a posting is appended on condition that its month was not closed since it was read), and the ' +
        'eventstoredb adapter cannot check another stream in the same write. Run ledger with EVENT_STORE=postgres.',
    );
  });

  it('opens PostgreSQL for that service as for any other', async () => {
    const store = await openServiceEventStore(ledger, configOf({ EVENTSTORE_URL }));
    expect(store).toBeInstanceOf(PostgresEventStore);
    await store.close();
  });

  it('refuses at start-up before migrating or opening anything', async () => {
    // The database refuses connections: a refusal that came after any migration would be a connection error.
    await expect(
      startRuntimeFromEnv(
        { ...ticketingService, conditionalAppends: ledger.conditionalAppends },
        {
          DATABASE_URL,
          EVENT_STORE: 'eventstoredb',
          EVENTSTORE_URL,
          MIGRATE_ON_START: 'true',
        },
      ),
    ).rejects.toThrow(/^ticketing cannot run on EVENT_STORE=eventstoredb/);
  });

  it('fails the migration command too, so a migration Job stops the rollout before any pod refuses', async () => {
    const refused = { ...ticketingService, conditionalAppends: ledger.conditionalAppends };
    expect(() =>
      migrateFromEnv(refused, {
        AUTH_DEV_KEY: 'true',
        DATABASE_URL,
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_URL,
      }),
    ).toThrow(EventStoreRefused);
  });

  it('answers the case audit report with 501 where the log is not PostgreSQL’s (it reads its case index)', async () => {
    const runtime = {
      declaration: ticketingService,
      store: new InMemoryEventStore(),
    } as unknown as KitRuntime<never, unknown, object>;
    let refusal: unknown;
    try {
      auditSourceOf(runtime);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(NotImplementedException);
    expect((refusal as Error).message).toBe(
      "ticketing: the case audit report needs the PostgreSQL event store's case index; it runs on InMemoryEventStore",
    );
    expect(toErrorResponse(refusal)).toMatchObject({ status: 501, body: { error: 'not_implemented' } });
    const store = await openServiceEventStore(ticketingService, configOf({}));
    expect(auditSourceOf({ declaration: ticketingService, store } as never).store).toBe(store);
    await store.close();
  });
});
