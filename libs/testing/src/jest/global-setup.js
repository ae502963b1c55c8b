// Chooses the servers integration tests use, in this order:
//   1. KAFKA_BROKERS / DATABASE_URL (and EVENTSTORE_URL) given in the environment;
//   2. Testcontainers, when a Docker engine answers;
//   3. the real local processes of infra/local (started here when not running, stopped after).
// TEST_INFRA=none skips all of it (unit tests only).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const infra = require(path.resolve(__dirname, '../../../../infra/local/infra.js'));

const say = (msg) => process.stderr.write(`\n[test-infra] ${msg}`);

function dockerAnswers() {
  const res = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {
    timeout: 5000,
    encoding: 'utf8',
  });
  return res.status === 0 && Boolean(res.stdout.trim());
}

async function kafkaAnswers(brokers) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({
    clientId: 'test-infra',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 5000,
    retry: { retries: 1 },
  }).admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/**
 * A server that vanishes mid-run would leave tests waiting for their own timeouts: watch the
 * broker and the database, and end the run naming the one that stopped answering.
 */
function watch(state) {
  const targets = [
    ...process.env.KAFKA_BROKERS.split(',').map((b) => ({ name: `Kafka at ${b}`, hostPort: b })),
    {
      name: 'PostgreSQL at DATABASE_URL',
      hostPort: (() => {
        const u = new URL(process.env.DATABASE_URL);
        return `${u.hostname}:${u.port || 5432}`;
      })(),
    },
  ];
  const failures = new Map();
  const timer = setInterval(async () => {
    for (const t of targets) {
      const [host, port] = [
        t.hostPort.slice(0, t.hostPort.lastIndexOf(':')),
        Number(t.hostPort.slice(t.hostPort.lastIndexOf(':') + 1)),
      ];
      const up = await infra.portOpen(port, host, 2000);
      failures.set(t.name, up ? 0 : (failures.get(t.name) ?? 0) + 1);
      if (failures.get(t.name) >= 3) {
        process.stderr.write(
          `\n[test-infra] ${t.name} stopped answering during the run: failing it now instead of waiting for test timeouts\n`,
        );
        process.exit(1);
      }
    }
  }, 5000);
  timer.unref();
  state.stop.push(() => clearInterval(timer));
}

module.exports = async () => {
  const state = (globalThis.__TEST_INFRA__ = { stop: [] });
  // Suites that cannot run here (no server) write their name; the teardown prints them last.
  const notRun = path.join(os.tmpdir(), `jest-not-run-${process.pid}.txt`);
  fs.writeFileSync(notRun, '');
  process.env.TEST_NOT_RUN_FILE = notRun;
  if (process.env.TEST_INFRA === 'none') {
    say('TEST_INFRA=none: no Kafka or PostgreSQL for this run, unit specs only\n');
    return;
  }
  const given = process.env.KAFKA_BROKERS && process.env.DATABASE_URL;
  if (given) {
    const brokers = process.env.KAFKA_BROKERS.split(',');
    if (!(await infra.pgAnswers(process.env.DATABASE_URL)))
      throw new Error(`PostgreSQL at DATABASE_URL does not answer (3 s timeout)`);
    if (!(await kafkaAnswers(brokers)))
      throw new Error(`Kafka at KAFKA_BROKERS=${process.env.KAFKA_BROKERS} does not answer (3 s timeout)`);
    say(`using given servers: Kafka ${process.env.KAFKA_BROKERS}, PostgreSQL from DATABASE_URL\n`);
    watch(state);
    return;
  }
  if (process.env.TEST_INFRA !== 'local' && dockerAnswers()) {
    say('Docker engine found: starting Kafka and PostgreSQL with Testcontainers\n');
    const { KafkaContainer } = require('@testcontainers/kafka');
    const { PostgreSqlContainer } = require('@testcontainers/postgresql');
    const [kafka, pg] = await Promise.all([
      new KafkaContainer('apache/kafka:4.1.1').withKraft().start(),
      new PostgreSqlContainer('postgres:16-alpine').withUsername('postgres').withPassword('postgres').start(),
    ]);
    process.env.KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
    process.env.DATABASE_URL = pg.getConnectionUri();
    state.stop.push(
      () => kafka.stop(),
      () => pg.stop(),
    );
    watch(state);
    return;
  }
  process.env.DATABASE_URL ??= await infra.ensurePostgres();
  if (!process.env.KAFKA_BROKERS) {
    const kafka = await infra.startKafka();
    process.env.KAFKA_BROKERS = kafka.brokers.join(',');
    if (kafka.startedNow) state.stop.push(() => infra.stopKafka());
  }
  watch(state);
  say(
    `using local infrastructure: Kafka ${process.env.KAFKA_BROKERS}, PostgreSQL ${process.env.DATABASE_URL.replace(/:[^:@/]+@/, ':***@')}\n`,
  );
};
