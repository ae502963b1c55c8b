import 'reflect-metadata';
import { createTestDatabase, eventually, uniqueTopic, type TestDatabase } from '@aftersales/testing';
import { signDevToken } from '../auth/dev-key';
import type { RunningService } from '../bootstrap';
import type { EventSourcedServiceConfig } from '../config/config';
import { lagFromEnv } from './service-cli';
import { bootstrapDeclared } from './service-module';
import { tallyFaults, tallyService, ticketingService, tinyContracts } from './tiny-services.fixtures';

/** Samples of one metric on a /metrics page: labels → value. */
function samples(page: string, name: string): Array<{ labels: Record<string, string>; value: number }> {
  const found = [];
  for (const line of page.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-z_]+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    found.push({ labels, value: Number(match[3]) });
  }
  return found;
}

/**
 * The operations metrics of issue 28 on /metrics of running services, after traffic: HTTP
 * latency, commands by outcome, events appended, relay lag, consumer lag per partition, dead
 * letters pending, deadline misses, the leader lease. Dashboards and alerts use these names
 * (infra/monitoring/metrics.spec.ts checks they use no others).
 */
describe('operations metrics on /metrics after traffic', () => {
  let db: TestDatabase;
  let ticketing: RunningService<EventSourcedServiceConfig>;
  let tally: RunningService<EventSourcedServiceConfig>;
  const topic = uniqueTopic('aftersales.ticketing.events');
  let release: () => void = () => undefined;

  const env = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_DEV_KEY: 'true',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
    KAFKA_PARTITIONS: '2',
    TICKETING_TOPIC: topic,
    TALLY_GROUP: `tally-${topic}`,
    ...extra,
  });
  const page = async (service: RunningService<EventSourcedServiceConfig>, name: string) =>
    (await fetch(`${service.url}/${name}/metrics`)).text();
  const open = async (ticketId: string, title = 'door sticks') => {
    const token = await signDevToken({ sub: 'u-t', name: 'T', roles: ['intake-clerk'], branches: ['HZ'] });
    return fetch(`${ticketing.url}/ticketing/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId, title }),
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase('ops_metrics');
    const options = { logSink: () => undefined, handleSignals: false };
    // Due at once: every ticket's overdue timer fires and records its missed deadline.
    ticketing = await bootstrapDeclared(ticketingService, {
      ...options,
      env: env({ OVERDUE_AFTER_MS: '0' }),
      overrides: { contracts: tinyContracts, idleMs: 100 },
    });
    tally = await bootstrapDeclared(tallyService, {
      ...options,
      env: env(),
      overrides: { contracts: tinyContracts, idleMs: 100 },
    });
  });
  afterAll(async () => {
    release();
    await tally?.close();
    await ticketing?.close();
    await db?.drop();
  });

  it('every metric has its samples, and a non-zero value after traffic', async () => {
    tallyFaults.broken.add('m-bad');
    tallyFaults.held.set('m-held', new Promise<void>((resolve) => (release = resolve)));
    for (const id of ['m-1', 'm-2', 'm-3', 'm-bad']) expect((await open(id)).status).toBe(201);
    expect((await open('m-1')).status).toBe(422); // TKT-1: open already
    expect((await open('m-4', '')).status).toBe(400);

    const own = await eventually(
      async () => {
        const text = await page(ticketing, 'ticketing');
        const misses = samples(text, 'deadline_misses_total');
        // The group commit is counted as it is answered, a moment after the timer's command.
        const appended = samples(text, 'eventstore_events_appended_total')[0]?.value;
        return misses.some((s) => s.value >= 4) && appended === 8 && text;
      },
      "ticketing's deadlines missed",
      30_000,
    );
    const http = samples(own, 'http_request_duration_seconds_count').filter(
      (s) => s.labels.route === '/ticketing/tickets' && s.labels.method === 'POST',
    );
    expect(http.reduce((n, s) => n + s.value, 0)).toBe(6);
    expect(samples(own, 'http_request_duration_seconds_bucket').length).toBeGreaterThan(0);
    const commands = Object.fromEntries(
      samples(own, 'commands_total')
        .filter((s) => s.labels.route === '/ticketing/tickets')
        .map((s) => [s.labels.outcome, s.value]),
    );
    expect(commands).toEqual({ accepted: 4, rule_violation: 1, invalid: 1 });
    // Four opened, four marked overdue.
    expect(samples(own, 'eventstore_events_appended_total')[0].value).toBe(8);
    expect(samples(own, 'timers_fired_total')).toEqual([
      {
        labels: expect.objectContaining({ kind: 'ticketing.ticket-overdue', outcome: 'recorded' }),
        value: 4,
      },
    ]);
    expect(samples(own, 'deadline_misses_total')).toEqual([
      { labels: expect.objectContaining({ kind: 'ticketing.ticket-overdue' }), value: 4 },
    ]);
    expect(samples(own, 'service_leader')[0].value).toBe(1);

    // Relay lag: a follower series for the relay, read whichever replica holds its lease.
    expect(samples(own, 'eventstore_follower_lag_events').map((s) => s.labels.follower)).toContain(
      'relay:ticketing',
    );

    // The tally: a partition held by a slow message shows its lag; a bug shows a dead letter.
    expect((await open('m-held')).status).toBe(201);
    expect((await open('m-5')).status).toBe(201);
    const held = await eventually(
      async () => {
        const lags = samples(await page(tally, 'tally'), 'kafka_consumer_lag_messages');
        return lags.length === 2 && lags.some((s) => s.value > 0) && lags;
      },
      'a partition behind on the consumer lag',
      30_000,
    );
    expect(held.map((s) => s.labels)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ group: `tally-${topic}`, topic, partition: '0' }),
        expect.objectContaining({ group: `tally-${topic}`, topic, partition: '1' }),
      ]),
    );
    release();
    const caught = await eventually(
      async () => {
        const text = await page(tally, 'tally');
        const lags = samples(text, 'kafka_consumer_lag_messages');
        const pending = samples(text, 'dead_letters_pending');
        const applied = samples(text, 'reaction_messages_total').find((s) => s.labels.outcome === 'applied');
        return (
          applied?.value === 5 &&
          lags.every((s) => s.value === 0) &&
          pending.some((s) => s.value === 1) &&
          text
        );
      },
      'the lag gone and the dead letter counted',
      30_000,
    );
    expect(samples(caught, 'dead_letters_pending')).toEqual([
      { labels: expect.objectContaining({ consumer: `tally-${topic}` }), value: 1 },
    ]);
    const reactions = Object.fromEntries(
      samples(caught, 'reaction_messages_total').map((s) => [s.labels.outcome, s.value]),
    );
    expect(reactions).toEqual({ applied: 5, dead_lettered: 1 });
  });

  it('`lag` shows the relay, the read models and each consumer group per partition (infra/RUNBOOK.md)', async () => {
    const quiet = () => undefined;
    const own = await lagFromEnv(ticketingService, env({ OVERDUE_AFTER_MS: '0' }), quiet);
    expect(own.head).toBeGreaterThan(0);
    expect(Object.keys(own.log).sort()).toEqual([
      'projection:ticketing.overdue-timers',
      'projection:ticketing.ticket-list',
      'relay:ticketing',
    ]);
    expect(own.log['relay:ticketing']).toBe(0);
    expect(own.consumers).toEqual([]);
    const tallied = await lagFromEnv(tallyService, env(), quiet);
    expect(tallied.consumers.map((c) => [c.group, c.partition, c.lag])).toEqual([
      [`tally-${topic}`, 0, 0],
      [`tally-${topic}`, 1, 0],
    ]);
  });
});
