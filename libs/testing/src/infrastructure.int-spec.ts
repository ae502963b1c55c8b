import { createTestDatabase, TestDatabase } from './postgres';
import { createTopics, testKafka, uniqueTopic, withTimeout } from './kafka';

describe('the real infrastructure the tests run on', () => {
  it('round-trips a message through the broker with an idempotent, acks=all producer and a consumer group', async () => {
    const kafka = testKafka('plumbing');
    const topic = uniqueTopic('plumbing');
    await createTopics(kafka, [topic], 3);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    const consumer = kafka.consumer({ groupId: `${topic}.group`, sessionTimeout: 10_000 });
    try {
      await producer.connect();
      const sent = await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: 10 }, (_, i) => ({
          key: `case-${i % 2}`,
          value: JSON.stringify({ i }),
        })),
      });
      expect(sent.every((r) => r.errorCode === 0)).toBe(true);

      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      const received: Array<{ key: string; i: number }> = [];
      await withTimeout(
        new Promise<void>((resolve) => {
          void consumer.run({
            eachMessage: async ({ message }) => {
              received.push({ key: message.key!.toString(), i: JSON.parse(message.value!.toString()).i });
              if (received.length === 10) resolve();
            },
          });
        }),
        30_000,
        'Kafka consume of 10 messages',
      );
      // Per-key order is kept on a partition.
      for (const key of ['case-0', 'case-1']) {
        const seq = received.filter((r) => r.key === key).map((r) => r.i);
        expect(seq).toEqual([...seq].sort((a, b) => a - b));
        expect(seq).toHaveLength(5);
      }
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
    }
  });

  describe('PostgreSQL', () => {
    let db: TestDatabase;
    beforeAll(async () => (db = await createTestDatabase('plumbing')));
    afterAll(() => db.drop());

    it('writes and reads in a throwaway database', async () => {
      const pool = db.pool();
      await pool.query('CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)');
      await pool.query('INSERT INTO note (body) VALUES ($1), ($2)', ['first', 'second']);
      const { rows } = await pool.query('SELECT body FROM note ORDER BY id');
      expect(rows.map((r) => r.body)).toEqual(['first', 'second']);
      const { rows: current } = await pool.query('SELECT current_database() AS name');
      expect(current[0].name).toBe(db.name);
    });
  });
});
