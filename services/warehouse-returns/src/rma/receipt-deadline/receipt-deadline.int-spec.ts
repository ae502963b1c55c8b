import { fixedClock } from '@aftersales/kernel';
import { startRuntimeFromEnv } from '@aftersales/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import type { WarehouseReturnsRuntime } from '../../warehouse-returns.runtime';
import { warehouseReturnsService } from '../../warehouse-returns.service';
import { line } from '../rma.fixtures';

describe('RET-8: the return receipt’s durable deadline', () => {
  let db: TestDatabase;
  let runtime: WarehouseReturnsRuntime;
  // 10:00 in Hangzhou: the receipt is due before 12:00 tomorrow (04:00 UTC).
  const clock = fixedClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase('wr_receipt_deadline');
    runtime = (await startRuntimeFromEnv(
      warehouseReturnsService,
      { DATABASE_URL: db.url, BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai' },
      { clock, idleMs: 100 },
    )) as WarehouseReturnsRuntime;
  });
  afterAll(async () => {
    await runtime?.stop();
    await db.drop();
  });

  async function stockedIn(): Promise<string> {
    const rmaId = randomUUID();
    const { rmas } = runtime;
    await rmas.execute({
      type: 'RequestReturn',
      rmaId,
      branch: 'HZ',
      customerId: 'c',
      source: 'direct',
      lines: [line({ reason: 'quality' })],
    });
    await rmas.execute({ type: 'SignForm', rmaId, role: 'after-sales-head', by: 'ash' });
    await rmas.execute({ type: 'ReceiveGoods', rmaId });
    await rmas.execute({ type: 'SignForm', rmaId, role: 'operations-head', by: 'ops' });
    await rmas.execute({
      type: 'RecordQcSignature',
      rmaId,
      inspectionId: 'i',
      by: 'qc',
      signedAt: clock.now().toISOString(),
    });
    await rmas.execute({ type: 'StockIn', rmaId });
    return rmaId;
  }
  const types = async (rmaId: string) => (await runtime.store.readStream(`rma-${rmaId}`)).map((e) => e.type);

  it('RET-8: a receipt not sent by 12:00 the next day (branch time) is reported missed once; one sent in time is not', async () => {
    const late = await stockedIn();
    const sent = await stockedIn();
    await runtime.rmas.execute({ type: 'MarkReceiptSent', rmaId: sent });
    expect((await runtime.rmas.load(late)).state).toMatchObject({
      receipt: { dueAt: '2026-03-03T04:00:00.000Z' },
    });

    clock.set('2026-03-03T04:00:01.000Z');
    await eventually(
      async () => (await types(late)).includes('ReceiptDeadlineMissed'),
      'the missed receipt',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await types(late)).filter((t) => t === 'ReceiptDeadlineMissed')).toHaveLength(1);
    expect(await types(sent)).not.toContain('ReceiptDeadlineMissed');
  });
});
