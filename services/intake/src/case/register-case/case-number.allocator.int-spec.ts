import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { readModelDataSource } from '@aftersales/platform';
import { intakeService } from '../../intake.service';
import { CaseNumberAllocator, yearInZone } from './case-number.allocator';

describe('case numbers (INT-1)', () => {
  let db: TestDatabase;
  let allocator: CaseNumberAllocator;

  beforeAll(async () => {
    db = await createTestDatabase('intake_numbers');
    const ds = readModelDataSource(intakeService, db.url, 2);
    await ds.initialize();
    await ds.runMigrations();
    await ds.destroy();
    allocator = new CaseNumberAllocator(db.pool({ max: 20 }));
  });
  afterAll(() => db.drop());

  it('INT-1: 50 concurrent registrations get 50 distinct numbers of the form HZ-2026-000001', async () => {
    const numbers = await Promise.all(Array.from({ length: 50 }, () => allocator.next('HZ', 2026)));
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `HZ-2026-${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('INT-1: each branch and year counts on its own', async () => {
    expect(await allocator.next('NB', 2026)).toBe('NB-2026-000001');
    expect(await allocator.next('NB', 2027)).toBe('NB-2027-000001');
    expect(await allocator.next('NB', 2026)).toBe('NB-2026-000002');
  });

  it('INT-1: two processes reserving blocks never hand out the same number', async () => {
    const a = new CaseNumberAllocator(db.pool({ max: 5 }), 7);
    const b = new CaseNumberAllocator(db.pool({ max: 5 }), 7);
    const numbers = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).next('SH', 2026)));
    expect(new Set(numbers).size).toBe(60);
    expect(numbers.every((n) => /^SH-2026-\d{6}$/.test(n))).toBe(true);
  });

  it('INT-1: a busy branch reserves bigger blocks, a quiet one goes back to the configured size', async () => {
    let now = 0;
    const allocator = new CaseNumberAllocator(db.pool({ max: 2 }), 4, 'intake', () => now);
    const counter = async () =>
      Number(
        (
          await db
            .pool({ max: 1 })
            .query(`SELECT last_seq FROM intake.case_number_counter WHERE branch = 'GZ'`)
        ).rows[0]?.last_seq ?? 0,
      );
    const reservations: number[] = [];
    let seen = 0;
    for (let i = 0; i < 60; i++) {
      await allocator.next('GZ', 2026);
      const at = await counter();
      if (at !== seen) reservations.push(at - seen);
      seen = at;
      now += 10; // 100 registrations a second
    }
    expect(reservations).toEqual([4, 8, 16, 32]);
    now += 60_000; // a quiet minute
    const numbers: string[] = [];
    for (let i = 0; i < 10; i++) numbers.push(await allocator.next('GZ', 2026));
    expect(numbers[0]).toBe('GZ-2026-000061'); // nothing skipped while the process runs
    expect(new Set(numbers).size).toBe(10);
    expect((await counter()) - seen).toBe(16); // half the last block
  });

  it('INT-1: the year is the branch’s local year', () => {
    const newYearsEveUtc = new Date('2026-12-31T16:30:00Z');
    expect(yearInZone(newYearsEveUtc, 'Asia/Shanghai')).toBe(2027);
    expect(yearInZone(newYearsEveUtc, 'Europe/Berlin')).toBe(2026);
    // Nepal is UTC+05:45: its new year starts at a quarter past the UTC hour.
    expect(yearInZone(new Date('2026-12-31T18:14:59Z'), 'Asia/Kathmandu')).toBe(2026);
    expect(yearInZone(new Date('2026-12-31T18:15:00Z'), 'Asia/Kathmandu')).toBe(2027);
    expect(yearInZone(new Date('2026-12-31T18:14:00Z'), 'Asia/Kathmandu')).toBe(2026);
  });
});
