import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { upsertRows } from './upsert-rows';

@Entity({ name: 'sample_row', schema: 'rm' })
class SampleRow {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  flagged!: boolean;

  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;

  @Column({ type: 'jsonb', nullable: true })
  detail!: { minutes: number } | null;
}

describe('upsertRows: whole read-model rows in one statement', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('upsert_rows');
    dataSource = new DataSource({ type: 'postgres', url: db.url, entities: [SampleRow], poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA rm');
    await dataSource.synchronize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const read = () => dataSource.getRepository(SampleRow).find({ order: { id: 'ASC' } });

  it('inserts new rows with every column type, unset properties taking the declared default', async () => {
    const at = new Date('2026-03-02T01:00:00.123Z');
    await upsertRows(dataSource.manager, SampleRow, [
      {
        id: 'a',
        note: '王芳',
        flagged: true,
        seenAt: at,
        score: 7,
        lastPosition: '9007199254740993',
        detail: { minutes: 40 },
      },
      { id: 'b', note: null, seenAt: null, score: null, lastPosition: '2', detail: null } as SampleRow,
    ]);
    expect(await read()).toEqual([
      {
        id: 'a',
        note: '王芳',
        flagged: true,
        seenAt: at,
        score: 7,
        lastPosition: '9007199254740993',
        detail: { minutes: 40 },
      },
      { id: 'b', note: null, flagged: false, seenAt: null, score: null, lastPosition: '2', detail: null },
    ]);
  });

  it('replaces existing rows whole, leaves the others, and does nothing for no rows', async () => {
    await upsertRows(dataSource.manager, SampleRow, [
      { id: 'a', note: null, flagged: false, seenAt: null, score: 1, lastPosition: '10', detail: null },
      { id: 'c', note: 'new', flagged: false, seenAt: null, score: null, lastPosition: '11', detail: null },
    ]);
    await upsertRows(dataSource.manager, SampleRow, []);
    const rows = await read();
    expect(rows.map((r) => [r.id, r.note, r.score, r.lastPosition])).toEqual([
      ['a', null, 1, '10'],
      ['b', null, null, '2'],
      ['c', 'new', null, '11'],
    ]);
  });
});
