// Issue 31, finding 1: a replica killed outright (OOM, node failure) is back within seconds. Its
// reactions' consumer rejoins the group in the background: the group waits for the dead
// member's session to expire (~30 s), and HTTP must not wait with it.
import { signDevToken } from '@aftersales/platform';
import { createTestDatabase, uniqueTopic, type TestDatabase } from '@aftersales/testing';
import {
  buildServices,
  kill,
  msUntilReady,
  restartablePort,
  spawnService,
  type ServiceProcess,
} from './service-process';

const RESTART_READY_MS = 5_000;

describe('intake after SIGKILL', () => {
  let db: TestDatabase;
  let intake: ServiceProcess | undefined;
  const topic = uniqueTopic('aftersales.intake.events');
  let port: number;
  const env = () => ({
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
    KAFKA_PARTITIONS: '2',
    INTAKE_EVENTS_TOPIC: topic,
    // Intake consumes a topic, so a killed replica leaves a member behind in its group.
    DOWNSTREAM_TOPICS: `${topic}.downstream`,
    DOWNSTREAM_CONSUMER_GROUP: `${topic}.intake`,
    LOG_LEVEL: 'info',
  });

  beforeAll(async () => {
    buildServices();
    db = await createTestDatabase('intake_crash');
    port = await restartablePort();
  });
  afterAll(async () => {
    if (intake) await kill(intake, 'SIGKILL');
    await db.drop();
  });

  const register = async (token: string) =>
    fetch(`${intake!.url}/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        branch: 'HZ',
        channel: 'hotline',
        kind: 'repair-request',
        severity: 'general',
        customer: { customerId: 'cust-k', name: '王五', phone: '13900000001', address: '杭州' },
        product: { model: 'VS1-12', serialNumber: 'SN-K' },
        problem: { description: '跳闸' },
      }),
    });

  it(`is ready and registering within ${RESTART_READY_MS / 1000} s of its restart, the consumer rejoining meanwhile`, async () => {
    const token = await signDevToken({ sub: 'u-k', name: 'K', roles: ['intake-clerk'], branches: ['HZ'] });
    intake = spawnService('intake', port, env());
    await msUntilReady(intake);
    // Wait until the first process is a member of its group, so the kill leaves one behind.
    const joined = Date.now();
    while (
      !intake.output.some((l) => l.includes('joined its consumer group')) &&
      Date.now() - joined < 30_000
    )
      await new Promise((r) => setTimeout(r, 100));
    expect((await register(token)).status).toBe(201);

    await kill(intake, 'SIGKILL');
    intake = spawnService('intake', port, env());
    const readyMs = await msUntilReady(intake);
    const registered = await register(token);
    process.stderr.write(
      `\n[crash-restart] intake ready ${readyMs} ms after its restart following SIGKILL\n`,
    );
    expect(registered.status).toBe(201);
    expect(readyMs).toBeLessThanOrEqual(RESTART_READY_MS);
    // Readiness names the reaction and what it is doing; the log says what start-up did.
    const ready = (await (await fetch(`${intake.url}/health/ready`)).json()) as {
      checks: Record<string, string>;
    };
    expect(ready.checks['reaction downstream-timeline']).toMatch(/^up/);
    expect(intake.output.some((l) => l.includes('"msg":"runtime started"'))).toBe(true);
  });
});
