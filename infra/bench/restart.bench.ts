// Restart after a crash (issue 31): intake SIGKILLed with a consumer group member left behind,
// restarted at once; time from spawn until /health/ready answers and a registration is accepted.
// Target: ready in ≤ 5 s (the group's session timeout, ~30 s, must not hold up HTTP).
import { uniqueTopic } from '@aftersales/testing';
import { buildServices, kill, msUntilReady, restartablePort, spawnService } from '../e2e/service-process';
import { benchDatabase, quick, record } from './bench-kit';

const ROUNDS = quick ? 3 : 10;

async function main() {
  buildServices();
  const db = await benchDatabase('restart');
  const topic = uniqueTopic('aftersales.intake.events');
  const env = {
    DATABASE_URL: db.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    INTAKE_EVENTS_TOPIC: topic,
    DOWNSTREAM_TOPICS: `${topic}.downstream`,
    DOWNSTREAM_CONSUMER_GROUP: `${topic}.intake`,
    LOG_LEVEL: 'info',
  };
  const port = await restartablePort();
  let intake = spawnService('intake', port, env);
  const coldMs = await msUntilReady(intake);
  const restarts: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Killed once its consumer is a member of the group, as a replica in service would be.
    while (!intake.output.some((l) => l.includes('joined its consumer group')))
      await new Promise((r) => setTimeout(r, 100));
    await kill(intake, 'SIGKILL');
    intake = spawnService('intake', port, env);
    restarts.push(await msUntilReady(intake));
  }
  await kill(intake, 'SIGTERM');
  await db.drop();
  const sorted = [...restarts].sort((a, b) => a - b);
  const figures = {
    rounds: ROUNDS,
    coldStartMs: coldMs,
    restartAfterKillMs: { median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), all: restarts },
    targetMs: 5_000,
  };
  console.table({
    'cold start': { ms: coldMs },
    'restart after SIGKILL (median)': { ms: figures.restartAfterKillMs.median },
    'restart after SIGKILL (max)': { ms: figures.restartAfterKillMs.max },
  });
  record('restartAfterKill', figures);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
