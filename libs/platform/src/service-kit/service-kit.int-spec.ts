import 'reflect-metadata';
import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import { signDevToken } from '../auth/dev-key';
import type { RunningService } from '../bootstrap';
import type { EventSourcedServiceConfig } from '../config/config';
import { migrateFromEnv, rebuildFromEnv } from './service-cli';
import { bootstrapDeclared, SERVICE_RUNTIME } from './service-module';
import type { KitRuntime } from './service-runtime';
import { notifierService, ticketingService, tinyContracts } from './tiny-services.fixtures';

/**
 * The service kit's specification: two services declared and nothing else (one aggregate, one
 * read model, one timer, one public event; one reaction in the other), run on the real
 * PostgreSQL and Kafka. A command over HTTP becomes an event, the read model, a fired timer, a
 * public event on the service's topic, and the other service's reaction.
 */
describe('the service kit runs a service from its declaration alone', () => {
  let db: TestDatabase;
  let ticketing: RunningService<EventSourcedServiceConfig>;
  let notifier: RunningService<EventSourcedServiceConfig>;
  const topic = uniqueTopic('aftersales.ticketing.events');
  const logs: string[] = [];

  const env = (extra: Record<string, string>) => ({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_DEV_KEY: 'true',
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
    KAFKA_PARTITIONS: '2',
    TICKETING_TOPIC: topic,
    ...extra,
  });
  const runtimeOf = (service: RunningService<EventSourcedServiceConfig>) =>
    service.app.get<KitRuntime<EventSourcedServiceConfig, unknown, object>>(SERVICE_RUNTIME);

  beforeAll(async () => {
    db = await createTestDatabase('service_kit');
    const options = {
      logSink: (line: string) => void logs.push(line),
      handleSignals: false,
      overrides: { contracts: tinyContracts, idleMs: 100 },
    };
    ticketing = await bootstrapDeclared(ticketingService, { ...options, env: env({}) });
    notifier = await bootstrapDeclared(notifierService, {
      ...options,
      env: env({ NOTIFIER_GROUP: `notifier-${topic}` }),
    });
  });
  afterAll(async () => {
    await notifier?.close();
    await ticketing?.close();
    await db.drop();
  });

  it('command → event → read model → timer → public event on its topic → reaction in another service', async () => {
    const token = await signDevToken({ sub: 'u-t', name: 'T', roles: ['intake-clerk'], branches: ['HZ'] });
    const res = await fetch(`${ticketing.url}/ticketing/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: 't-1', title: 'door sticks' }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { position: number }).position).toBeGreaterThan(0);

    const tickets = runtimeOf(ticketing);
    // The timer (due at once) marks it overdue; the read model follows both events.
    await eventually(
      async () => {
        const rows = await tickets.dataSource.query(`SELECT title, overdue FROM ticketing.ticket_list`);
        return rows.length === 1 && rows[0].overdue === true;
      },
      'the ticket overdue in the read model',
      20_000,
    );
    expect((await tickets.store.readStream('ticket-t-1')).map((e) => e.type)).toEqual([
      'TicketOpened',
      'TicketOverdue',
    ]);

    // The public event on ticketing's topic, mapped and keyed as declared.
    const consumer = testKafka('kit-spec').consumer({ groupId: `kit-spec-${topic}` });
    const seen: Array<{ key: string; type: string; value: unknown }> = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void seen.push({
          key: message.key!.toString(),
          type: message.headers!.ce_type!.toString(),
          value: JSON.parse(message.value!.toString()),
        }),
    });
    try {
      await eventually(async () => seen.length > 0, 'the public event on the topic', 30_000);
      expect(seen).toEqual([{ key: 't-1', type: 'ticketing.ticket-opened.v1', value: { ticketId: 't-1' } }]);
    } finally {
      await consumer.disconnect();
    }

    // The other service reacted once, through its inbox.
    const notices = runtimeOf(notifier);
    await eventually(
      async () => (await notices.store.readStream('notice-t-1')).length === 1,
      'the reaction',
      30_000,
    );
    const [notice] = await notices.store.readStream('notice-t-1');
    expect(notice).toMatchObject({ type: 'NoticeSent', metadata: { actor: { userId: 'system' } } });
  });

  it('reports each part in readiness, and its reactions by name', async () => {
    const ready = (await (await fetch(`${notifier.url}/notifier/health/ready`)).json()) as { checks: object };
    expect(ready.checks).toMatchObject({ database: 'up', 'event-store': 'up', 'reaction tickets': 'up' });
    const own = (await (await fetch(`${ticketing.url}/ticketing/health/ready`)).json()) as { checks: object };
    expect(own.checks).toMatchObject({ relay: 'up' });
    expect(logs.some((l) => l.includes('runtime started'))).toBe(true);
  });

  it('generates the migrate and rebuild commands from the declaration', async () => {
    await migrateFromEnv(ticketingService, env({}));
    const tickets = runtimeOf(ticketing);
    await tickets.dataSource.query(`DELETE FROM ticketing.ticket_list`);
    const done = await rebuildFromEnv(ticketingService, [], { DATABASE_URL: db.url }, () => undefined);
    expect(done.map((d) => d.name)).toEqual(['ticketing.ticket-list']);
    expect(await tickets.dataSource.query(`SELECT ticket_id, overdue FROM ticketing.ticket_list`)).toEqual([
      { ticket_id: 't-1', overdue: true },
    ]);
    await expect(rebuildFromEnv(ticketingService, ['nope'], { DATABASE_URL: db.url })).rejects.toThrow(
      /known: ticketing\.ticket-list/,
    );
  });
});
