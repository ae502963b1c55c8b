#!/usr/bin/env node
// Real local infrastructure without Docker: an Apache Kafka broker (KRaft, single node) from
// Maven Central jars, and the machine's PostgreSQL. `up` is idempotent; `down` stops exactly
// the broker pid that `up` recorded.
'use strict';
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const KAFKA_DIR = path.join(__dirname, 'kafka');
const JARS = path.join(KAFKA_DIR, '.cache', 'libs');
const STATE = path.join(ROOT, '.infra', 'kafka');
const PID_FILE = path.join(STATE, 'kafka.pid');
const LOG_FILE = path.join(STATE, 'server.log');
const DATA_DIR = path.join(STATE, 'data');
const PROPS = path.join(STATE, 'server.properties');
const HOST = '127.0.0.1';
const KAFKA_PORT = Number(process.env.LOCAL_KAFKA_PORT ?? 9092);
const CONTROLLER_PORT = KAFKA_PORT + 1;
const HEAP = process.env.LOCAL_KAFKA_HEAP ?? '512m';
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const log = (msg) => process.stderr.write(`[infra] ${msg}\n`);

function portOpen(port, host = HOST, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function recordedPid() {
  if (!fs.existsSync(PID_FILE)) return undefined;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : undefined;
}

// ---- PostgreSQL -----------------------------------------------------------------------------

async function pgAnswers(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensurePostgres(url = PG_URL) {
  if (await pgAnswers(url)) return url;
  const clusters = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : [];
  if (clusters.length === 0 || !hasCommand('pg_ctlcluster')) {
    throw new Error(
      `PostgreSQL does not answer at ${redact(url)} and no local cluster is installed. ` +
        'Install PostgreSQL (e.g. `apt-get install postgresql`) or set DATABASE_URL to a reachable server.',
    );
  }
  const version = clusters.sort().at(-1);
  log(`PostgreSQL not answering; starting local cluster ${version}/main`);
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  for (let i = 0; i < 30; i++) {
    if (await pgAnswers(url)) return url;
    await sleep(500);
  }
  throw new Error(`PostgreSQL cluster ${version}/main was started but does not answer at ${redact(url)}`);
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

// ---- Kafka ----------------------------------------------------------------------------------

function ensureJars() {
  const marker = path.join(JARS, '.complete');
  const pomStamp = fs.statSync(path.join(KAFKA_DIR, 'pom.xml')).mtimeMs;
  if (fs.existsSync(marker) && Number(fs.readFileSync(marker, 'utf8')) >= pomStamp) return;
  if (!hasCommand('mvn') || !hasCommand('java')) {
    throw new Error('The local Kafka broker needs Java 17+ and Maven on PATH (or set KAFKA_BROKERS).');
  }
  log('resolving Kafka broker jars from Maven Central (cached in ~/.m2 and infra/local/kafka/.cache)');
  fs.rmSync(JARS, { recursive: true, force: true });
  execFileSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      path.join(KAFKA_DIR, 'pom.xml'),
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${JARS}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  fs.writeFileSync(marker, String(pomStamp));
}

function java(mainClass, args, opts = {}) {
  return spawnSync(
    'java',
    [
      '-Xmx256m',
      '-cp',
      `${JARS}/*`,
      `-Dlog4j2.configurationFile=${path.join(KAFKA_DIR, 'log4j2.yaml')}`,
      mainClass,
      ...args,
    ],
    {
      encoding: 'utf8',
      ...opts,
    },
  );
}

function writeProperties() {
  const props = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.bootstrap.servers': `${HOST}:${CONTROLLER_PORT}`,
    listeners: `PLAINTEXT://${HOST}:${KAFKA_PORT},CONTROLLER://${HOST}:${CONTROLLER_PORT}`,
    'advertised.listeners': `PLAINTEXT://${HOST}:${KAFKA_PORT}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': DATA_DIR,
    'num.partitions': '3',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '10',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'auto.create.topics.enable': 'false',
    'delete.topic.enable': 'true',
    'log.retention.hours': '168',
  };
  fs.writeFileSync(
    PROPS,
    Object.entries(props)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
}

function formatStorage() {
  if (fs.existsSync(path.join(DATA_DIR, 'meta.properties'))) return;
  const id = java('kafka.tools.StorageTool', ['random-uuid']);
  const clusterId = (id.stdout || '').trim().split('\n').at(-1);
  if (id.status !== 0 || !clusterId) throw new Error(`Kafka random-uuid failed: ${id.stderr}`);
  const res = java('kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', PROPS, '--standalone']);
  if (res.status !== 0) throw new Error(`Kafka storage format failed:\n${res.stdout}\n${res.stderr}`);
  log(`formatted Kafka storage (cluster ${clusterId})`);
}

async function roundTrip(brokers, timeoutMs = 60_000) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'infra-check',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { retries: 2 },
  });
  const topic = '__infra.roundtrip';
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const admin = kafka.admin();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId: `infra-check-${process.pid}-${Date.now()}` });
    try {
      await admin.connect();
      const topics = await admin.listTopics();
      if (!topics.includes(topic))
        await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
      await producer.connect();
      const nonce = `${Date.now()}-${Math.random()}`;
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: nonce }] });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no message consumed within 20 s')), 20_000);
        consumer.run({
          eachMessage: async ({ message }) => {
            if (message.value?.toString() === nonce) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
      return;
    } catch (error) {
      lastError = error;
      await sleep(1000);
    } finally {
      await Promise.allSettled([consumer.disconnect(), producer.disconnect(), admin.disconnect()]);
    }
  }
  throw new Error(
    `Kafka at ${brokers.join(',')} did not complete a produce/consume round trip: ${lastError?.message}`,
  );
}

async function startKafka() {
  const brokers = [`${HOST}:${KAFKA_PORT}`];
  const running = recordedPid();
  if (running) {
    log(`Kafka already running (pid ${running}) on ${brokers[0]}`);
    await roundTrip(brokers);
    return { brokers, pid: running, startedNow: false };
  }
  if (await portOpen(KAFKA_PORT)) {
    // A broker started elsewhere (another checkout, a service manager): use it, never stop it.
    try {
      await roundTrip(brokers, 15_000);
    } catch (error) {
      throw new Error(
        `Port ${KAFKA_PORT} is taken by something that is not a working Kafka broker: ${error.message}`,
        { cause: error },
      );
    }
    log(`a Kafka broker this checkout did not start answers on ${brokers[0]}: using it`);
    return { brokers, pid: undefined, startedNow: false };
  }
  ensureJars();
  fs.mkdirSync(DATA_DIR, { recursive: true });
  writeProperties();
  formatStorage();
  const out = fs.openSync(LOG_FILE, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${HEAP}`,
      `-Xmx${HEAP}`,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      `-Dlog4j2.configurationFile=${path.join(KAFKA_DIR, 'log4j2.yaml')}`,
      `-Dkafka.logs.dir=${STATE}`,
      '-cp',
      `${JARS}/*`,
      'kafka.Kafka',
      PROPS,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  fs.writeFileSync(PID_FILE, String(child.pid));
  log(`started Kafka pid ${child.pid}, log ${path.relative(process.cwd(), LOG_FILE)}`);
  const started = Date.now();
  while (!(await portOpen(KAFKA_PORT))) {
    if (!pidAlive(child.pid)) {
      fs.rmSync(PID_FILE, { force: true });
      throw new Error(`Kafka exited during start-up; see ${LOG_FILE}:\n${tail(LOG_FILE, 20)}`);
    }
    if (Date.now() - started > 90_000) {
      await stopKafka();
      throw new Error(`Kafka did not open ${KAFKA_PORT} within 90 s; see ${LOG_FILE}`);
    }
    await sleep(250);
  }
  await roundTrip(brokers);
  log(`Kafka ready on ${brokers[0]} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { brokers, pid: child.pid, startedNow: true };
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function stopKafka() {
  const pid = recordedPid();
  if (!pid) {
    fs.rmSync(PID_FILE, { force: true });
    log('Kafka is not running (no live recorded pid)');
    return false;
  }
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 120 && pidAlive(pid); i++) await sleep(250);
  if (pidAlive(pid)) {
    log(`Kafka pid ${pid} ignored SIGTERM for 30 s; killing`);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 40 && pidAlive(pid); i++) await sleep(250);
  }
  fs.rmSync(PID_FILE, { force: true });
  log(`stopped Kafka pid ${pid}`);
  return true;
}

async function status() {
  const pid = recordedPid();
  const pg = await pgAnswers(PG_URL);
  return {
    kafka: pid ? { pid, brokers: [`${HOST}:${KAFKA_PORT}`], log: LOG_FILE } : null,
    postgres: pg ? redact(PG_URL) : null,
  };
}

module.exports = {
  ensurePostgres,
  startKafka,
  stopKafka,
  status,
  roundTrip,
  portOpen,
  pgAnswers,
  KAFKA_PORT,
};

if (require.main === module) {
  const [cmd, ...flags] = process.argv.slice(2);
  const run = async () => {
    switch (cmd) {
      case 'up': {
        if (flags.includes('--fresh') && !recordedPid())
          fs.rmSync(DATA_DIR, { recursive: true, force: true });
        const pg = await ensurePostgres();
        const kafka = await startKafka();
        console.log(
          JSON.stringify({ postgres: redact(pg), kafka: kafka.brokers, pid: kafka.pid, log: LOG_FILE }),
        );
        break;
      }
      case 'down':
        await stopKafka();
        break;
      case 'status':
        console.log(JSON.stringify(await status(), null, 2));
        break;
      default:
        console.error('usage: infra.js up [--fresh] | down | status');
        process.exitCode = 2;
    }
  };
  run().catch((error) => {
    console.error(`[infra] ${error.message}`);
    process.exit(1);
  });
}
