import {
  createTestDatabase,
  eventually,
  testKafka,
  uniqueTopic,
  type TestDatabase,
} from '@aftersales/testing';
import { Client } from 'pg';
import { migrateFromEnv } from '@aftersales/platform';
import { intakeService } from '../src/intake.service';
import { startIntake, tokenFor } from './intake-app';

/** Tables intake's start-up relies on, schema-qualified. */
const TABLES = [
  'event_store.events',
  'intake.complaint_register',
  'intake.case_number_counter',
  'intake.timers',
  'intake.projection_checkpoint',
  'intake.inbox',
];

describe('intake migrations as a job (a rollout whose replicas do no DDL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('intake_migrate');
  });

  afterAll(() => db.drop());

  const existing = async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL`,
        [TABLES],
      );
      return rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  };

  it('with MIGRATE_ON_START=false a replica changes no schema; the job makes it all, twice at once, topics included; then replicas serve', async () => {
    const idle = await startIntake({ MIGRATE_ON_START: 'false' }, { db, keepDatabase: true });
    await idle.stop();
    expect(await existing()).toEqual([]);

    const topic = uniqueTopic('aftersales.intake.events');
    const env = {
      DATABASE_URL: db.url,
      AUTH_DEV_KEY: 'true',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      INTAKE_EVENTS_TOPIC: topic,
      DOWNSTREAM_TOPICS: `${topic}.downstream`,
      DOWNSTREAM_CONSUMER_GROUP: `${topic}.intake`,
      KAFKA_PARTITIONS: '2',
    };
    await Promise.all([migrateFromEnv(intakeService, env), migrateFromEnv(intakeService, env)]);
    expect((await existing()).sort()).toEqual([...TABLES].sort());
    const admin = testKafka('intake-migrate').admin();
    await admin.connect();
    try {
      const [own, downstream] = (await admin.fetchTopicMetadata({ topics: [topic, `${topic}.downstream`] }))
        .topics;
      expect([own.partitions.length, downstream.partitions.length]).toEqual([2, 2]);
    } finally {
      await admin.disconnect();
    }

    const intake = await startIntake({ MIGRATE_ON_START: 'false' }, { db, keepDatabase: true });
    try {
      const clerk = await tokenFor('clerk-1', ['intake-clerk'], ['HZ']);
      const registered = await intake.call('POST', '/cases', clerk, {
        branch: 'HZ',
        channel: 'hotline',
        kind: 'quality-complaint',
        severity: 'general',
        customer: { customerId: 'cust-9', name: '李雷', phone: '+86 571 0000 0000', address: '杭州' },
        product: { model: 'KYN28-12', serialNumber: 'SN-9' },
        problem: { description: '合闸跳闸', symptomCode: 'TRIP' },
      });
      expect(registered.status).toBe(201);
      await eventually(async () => {
        const list = await intake.call('GET', '/cases?branch=HZ', clerk);
        return list.body.total === 1;
      }, 'the register lists the case');
    } finally {
      await intake.stop();
    }
  });
});
