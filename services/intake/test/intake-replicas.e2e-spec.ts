import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { intakeService } from '../src/intake.service';
import { startIntake, type IntakeUnderTest } from './intake-app';

describe('replicas of intake starting together (a rollout on a fresh database)', () => {
  let db: TestDatabase;
  const running: IntakeUnderTest[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('intake_replicas');
  });

  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    await db.drop();
  });

  it('both start: the read-model migrations run once, the other replica waits for them', async () => {
    const started = await Promise.allSettled([
      startIntake({}, { db, keepDatabase: true }),
      startIntake({}, { db, keepDatabase: true }),
      startIntake({}, { db, keepDatabase: true }),
    ]);
    running.push(...started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual([
      'started',
      'started',
      'started',
    ]);
    // Each migration recorded once: none ran twice.
    const rows: Array<{ name: string }> = await running[0].runtime.dataSource.query(
      `SELECT name FROM intake_migrations ORDER BY id`,
    );
    expect(rows.map((r) => r.name)).toEqual(intakeService.readModels.migrations.map((m) => new m().name));
  });
});
