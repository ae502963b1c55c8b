import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  createTestDatabase,
  eventually,
  readTopic,
  uniqueTopic,
  type TestDatabase,
  type TopicMessage,
} from '@aftersales/testing';
import { signDevToken } from '../src';

const root = join(__dirname, '..', '..', '..');

interface Replica {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: string[];
}

/**
 * Two replicas of one service, as two processes on one database and one topic: one holds the
 * leader lease and alone publishes and fires timers; SIGKILL it and the other takes over, and
 * every event is published once and every timer fires once.
 */
describe('the leader lease: one replica of a service runs its relay and timers', () => {
  let db: TestDatabase;
  let pool: Pool;
  const replicas: Replica[] = [];
  const topic = uniqueTopic('aftersales.ticketing.events');
  let token: string;
  let reader: Awaited<ReturnType<typeof readTopic>> | undefined;

  const start = async (): Promise<Replica> => {
    const output: string[] = [];
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'libs/platform/test/fixtures/ticketing-replica.ts'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: db.url,
          KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
          KAFKA_PARTITIONS: '2',
          TICKETING_TOPIC: topic,
          OVERDUE_AFTER_MS: '3000',
          LEADER_CHECK_MS: '200',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [child.stdout!, child.stderr!])
      stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
    const ready = await eventually(
      () => {
        if (child.exitCode !== null) throw new Error(`exited: ${output.slice(-5).join('\n')}`);
        const line = output.find((l) => l.includes('"event":"ready"'));
        return line ? (JSON.parse(line) as { url: string }) : undefined;
      },
      'the replica ready',
      60_000,
      50,
    );
    const replica = { child, url: `${ready.url}/ticketing`, output };
    replicas.push(replica);
    return replica;
  };

  const leaderCheck = async (replica: Replica): Promise<string> => {
    const res = await fetch(`${replica.url}/health/ready`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { checks: Record<string, string> }).checks.leader;
  };
  const leaderGauge = async (replica: Replica): Promise<number> => {
    const text = await (await fetch(`${replica.url}/metrics`)).text();
    return Number(/^service_leader\{[^}]*\} (\d+)$/m.exec(text)![1]);
  };
  const open = async (replica: Replica, ticketId: string) => {
    const res = await fetch(`${replica.url}/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId, title: `ticket ${ticketId}` }),
    });
    expect(res.status).toBe(201);
  };
  const firedBy = async (): Promise<Array<{ id: string; status: string; fired_by: string | null }>> =>
    (await pool.query(`SELECT id, status, fired_by FROM ticketing.timers ORDER BY id`)).rows;
  const publishedIds = (seen: readonly TopicMessage[]) => seen.map((m) => m.headers.ce_id);

  beforeAll(async () => {
    db = await createTestDatabase('leader_lease');
    pool = new Pool({ connectionString: db.url, max: 2 });
    token = await signDevToken({ sub: 'u-t', name: 'T', roles: ['intake-clerk'], branches: ['HZ'] });
  });
  afterAll(async () => {
    await reader?.stop();
    for (const { child } of replicas) if (child.exitCode === null) child.kill('SIGKILL');
    await pool?.end();
    await db?.drop();
  });

  it('only the holder relays and fires timers; SIGKILL hands over; nothing is published twice or lost', async () => {
    const first = await start();
    const second = await start();
    expect(await leaderCheck(first)).toMatch(/^up: active/);
    expect(await leaderCheck(second)).toMatch(/^up: standby/);
    expect([await leaderGauge(first), await leaderGauge(second)]).toEqual([1, 0]);

    // Commands on both replicas; only the holder publishes them and fires their timers.
    for (let i = 0; i < 6; i++) await open(i % 2 === 0 ? first : second, `a-${i}`);
    reader = await readTopic(topic, 'leader-lease-spec');
    await eventually(async () => reader!.seen.length >= 6, 'the first six published', 30_000);
    await eventually(
      async () => (await firedBy()).filter((t) => t.status === 'fired').length === 6,
      'the first six timers fired',
      30_000,
    );
    const runners = new Set((await firedBy()).map((t) => t.fired_by));
    expect(runners.size).toBe(1);
    const holderRunner = [...runners][0];

    // Timers still due when the holder dies: its successor fires them.
    for (let i = 0; i < 4; i++) await open(i % 2 === 0 ? first : second, `b-${i}`);
    await eventually(async () => reader!.seen.length >= 10, 'the next four published', 30_000);
    // Killed once its checkpoint has passed them: a kill between the broker's ack and the
    // checkpoint would have the successor publish that batch again (at least once; the
    // consumers' inboxes drop the copies), which is not what this test is about.
    await eventually(
      async () => {
        const { rows } = await pool.query<{ past: boolean }>(
          `SELECT (SELECT position FROM ticketing.relay_checkpoint) >=
                  (SELECT max(position) FROM event_store.events WHERE type = 'TicketOpened') AS past`,
        );
        return rows[0].past;
      },
      'the checkpoint past the published events',
      30_000,
    );
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    await eventually(
      async () => (await leaderCheck(second)).startsWith('up: active'),
      'the takeover',
      30_000,
    );
    expect(await leaderGauge(second)).toBe(1);
    for (let i = 0; i < 4; i++) await open(second, `c-${i}`);

    await eventually(
      async () => (await firedBy()).filter((t) => t.status === 'fired').length === 14,
      'every timer fired',
      30_000,
    );
    await eventually(async () => reader!.seen.length >= 14, 'every event published', 30_000);
    // Past the count, nothing more arrives late (a re-publish would).
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const timers = await firedBy();
    expect(timers.map((t) => t.id)).toHaveLength(14);
    expect(new Set(timers.map((t) => t.fired_by)).size).toBe(2);
    expect(timers.filter((t) => t.id.startsWith('ticket-a-')).every((t) => t.fired_by === holderRunner)).toBe(
      true,
    );
    expect(timers.filter((t) => t.id.startsWith('ticket-c-')).every((t) => t.fired_by !== holderRunner)).toBe(
      true,
    );
    const published = publishedIds(reader.seen);
    expect(published).toHaveLength(14);
    expect(new Set(published).size).toBe(14);
    expect(new Set(reader.seen.map((m) => m.key))).toEqual(
      new Set(
        [0, 1, 2, 3, 4, 5].map((i) => `a-${i}`).concat([0, 1, 2, 3].flatMap((i) => [`b-${i}`, `c-${i}`])),
      ),
    );
    // Each ticket marked overdue once, whoever fired its timer.
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM event_store.events WHERE type = 'TicketOverdue'`,
    );
    expect(rows[0].n).toBe(14);
  });
});
