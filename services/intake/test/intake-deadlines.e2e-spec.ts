import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INTAKE_POLICY } from '../src/case/intake-policy';
import { startIntake, tokenFor } from './intake-app';

describe('intake deadlines are durable (INT-4)', () => {
  let db: TestDatabase;
  const policyFile = join(tmpdir(), `intake-policy-${process.pid}.json`);

  beforeAll(async () => {
    db = await createTestDatabase('intake_deadlines');
    // A 3-second response deadline so the test can watch it pass.
    writeFileSync(
      policyFile,
      JSON.stringify({ ...DEFAULT_INTAKE_POLICY, responseDeadlines: [], defaultResponseMinutes: 0.05 }),
    );
  });
  afterAll(() => db.drop());

  it('INT-4: a deadline scheduled before a restart fires after it, once, and appends response-deadline-missed', async () => {
    const env = { INTAKE_POLICY_FILE: policyFile };
    const clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    const first = await startIntake(env, { db, keepDatabase: true });
    const reg = await first.call('POST', '/cases', clerk, {
      branch: 'HZ',
      channel: 'online',
      kind: 'repair-request',
      severity: 'general',
      customer: { customerId: 'c-1', name: 'A', phone: '12345678', address: 'B' },
      product: { model: 'M', serialNumber: 'S' },
      problem: { description: 'broken' },
    });
    expect(reg.status).toBe(201);
    await first.runtime.projections.catchUp();
    expect(await first.runtime.timers.get(`case-${reg.body.caseId}:response`)).toMatchObject({
      status: 'scheduled',
    });
    await first.stop();

    const second = await startIntake(env, { db, keepDatabase: true });
    const third = await startIntake(env, { db, keepDatabase: true });
    try {
      const stream = `case-${reg.body.caseId}`;
      await eventually(
        async () =>
          (await second.runtime.store.readStream(stream)).some((e) => e.type === 'ResponseDeadlineMissed'),
        'response-deadline-missed after restart',
        15_000,
      );
      await new Promise((r) => setTimeout(r, 1_500));
      const types = (await second.runtime.store.readStream(stream)).map((e) => e.type);
      expect(types.filter((t) => t === 'ResponseDeadlineMissed')).toHaveLength(1);
      const missed = (await second.runtime.store.readStream(stream)).find(
        (e) => e.type === 'ResponseDeadlineMissed',
      )!;
      expect(missed.metadata.actor).toMatchObject({ userId: 'system' });
      expect(missed.metadata.causationId).toContain(reg.body.caseId);
    } finally {
      await third.stop();
      await second.stop();
    }
  });
});
