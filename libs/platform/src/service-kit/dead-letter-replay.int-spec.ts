import 'reflect-metadata';
import { createTestDatabase, eventually, uniqueTopic, type TestDatabase } from '@aftersales/testing';
import { signDevToken } from '../auth/dev-key';
import type { RunningService } from '../bootstrap';
import type { EventSourcedServiceConfig } from '../config/config';
import { deadLettersFromEnv } from './service-cli';
import { bootstrapDeclared, SERVICE_RUNTIME } from './service-module';
import type { KitRuntime } from './service-runtime';
import { tallyFaults, tallyService, ticketingService, tinyContracts } from './tiny-services.fixtures';

const broken = tallyFaults.broken;

/**
 * The runbook's dead-letter replay (infra/RUNBOOK.md, "A dead-lettered message"): a reaction's
 * bug dead-letters a message; after the fix the operator replays it and it takes effect once,
 * also when replayed twice; another is discarded with a reason that is kept and logged.
 */
describe('dead letters: replayed after a fix, once; discarded with a reason', () => {
  let db: TestDatabase;
  let ticketing: RunningService<EventSourcedServiceConfig>;
  let tally: RunningService<EventSourcedServiceConfig>;
  const topic = uniqueTopic('aftersales.ticketing.events');
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
  const runtime = () =>
    tally.app.get<KitRuntime<EventSourcedServiceConfig, unknown, object>>(SERVICE_RUNTIME);
  const effects = async (ticketId: string): Promise<number> =>
    (
      await runtime().pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tally.effects WHERE ticket_id = $1`,
        [ticketId],
      )
    ).rows[0].n;
  const open = async (ticketId: string) => {
    const token = await signDevToken({ sub: 'u-t', name: 'T', roles: ['intake-clerk'], branches: ['HZ'] });
    const res = await fetch(`${ticketing.url}/ticketing/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId, title: 'door sticks' }),
    });
    expect(res.status).toBe(201);
  };
  const pendingOnMetrics = async (): Promise<number | undefined> => {
    const text = await (await fetch(`${tally.url}/tally/metrics`)).text();
    const match = /^dead_letters_pending\{[^}]*consumer="tally-[^"]*"[^}]*\} (\d+)$/m.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const lines: string[] = [];
  const dlq = (...args: string[]) =>
    deadLettersFromEnv(
      tallyService,
      args,
      { DATABASE_URL: db.url, USER: 'ops-li' },
      (l) => void lines.push(l),
    );

  beforeAll(async () => {
    db = await createTestDatabase('dead_letters');
    const options = { logSink: () => undefined, handleSignals: false };
    ticketing = await bootstrapDeclared(ticketingService, {
      ...options,
      env: env({ OVERDUE_AFTER_MS: '3600000' }),
      overrides: { contracts: tinyContracts, idleMs: 100 },
    });
    tally = await bootstrapDeclared(tallyService, {
      ...options,
      env: env(),
      overrides: { contracts: tinyContracts, idleMs: 100 },
    });
  });
  afterAll(async () => {
    await tally?.close();
    await ticketing?.close();
    await db?.drop();
  });

  it('a message dead-lettered by a bug, replayed after the fix, takes effect exactly once (replayed twice: still once)', async () => {
    broken.add('t-bug');
    await open('t-ok');
    await open('t-bug');
    await eventually(async () => (await effects('t-ok')) === 1, 'the good ticket tallied', 30_000);
    const [letter] = await eventually(
      async () => {
        const open = (await dlq('list')).filter((d) => d.status === 'open');
        return open.length === 1 && open;
      },
      'the failing message dead-lettered',
      30_000,
    );
    expect(letter).toMatchObject({
      eventType: 'ticketing.ticket-opened.v1',
      error: expect.stringContaining('cannot read properties of undefined'),
      attempts: 5,
      topic,
    });
    expect(await effects('t-bug')).toBe(0);
    expect(await pendingOnMetrics()).toBe(1);

    // Replayed before the fix: it fails again and stays open, with nothing applied.
    await expect(dlq('replay', String(letter.id))).rejects.toThrow(/failed again: cannot read/);
    expect(await effects('t-bug')).toBe(0);

    broken.delete('t-bug'); // the fix is deployed
    const [replayed] = await dlq('replay', String(letter.id));
    expect(replayed).toMatchObject({ status: 'replayed', replays: 1, resolvedBy: 'ops-li' });
    expect(await effects('t-bug')).toBe(1);
    // A second replay reaches the handler's inbox, which has the event already.
    const [again] = await dlq('replay', String(letter.id));
    expect(again).toMatchObject({ status: 'replayed', replays: 2 });
    expect(await effects('t-bug')).toBe(1);
    expect(await effects('t-ok')).toBe(1);
    await eventually(async () => (await pendingOnMetrics()) === 0, 'no dead letters pending on /metrics');
  });

  it('a discarded message keeps its reason and who discarded it, is logged, and can no longer be replayed', async () => {
    broken.add('t-junk');
    await open('t-junk');
    const [letter] = await eventually(
      async () => {
        const open = (await dlq('list')).filter((d) => d.status === 'open');
        return open.length === 1 && open;
      },
      'the message dead-lettered',
      30_000,
    );
    await expect(dlq('discard', String(letter.id))).rejects.toThrow(/needs a reason/);
    lines.length = 0;
    const [discarded] = await dlq('discard', String(letter.id), '--reason', 'test ticket opened by mistake');
    expect(discarded).toMatchObject({
      status: 'discarded',
      reason: 'test ticket opened by mistake',
      resolvedBy: 'ops-li',
    });
    expect(JSON.parse(lines[0])).toMatchObject({
      msg: 'dead letter discarded',
      service: 'tally',
      id: letter.id,
      reason: 'test ticket opened by mistake',
      resolvedBy: 'ops-li',
    });
    broken.delete('t-junk');
    await expect(dlq('replay', String(letter.id))).rejects.toThrow(
      /cannot be replayed: it is discarded \(ops-li: test ticket opened by mistake\)/,
    );
    expect(await effects('t-junk')).toBe(0);
    expect(await dlq('list')).toEqual([]);
    expect((await dlq('list', '--all')).map((d) => d.status)).toEqual(['replayed', 'discarded']);
  });
});
