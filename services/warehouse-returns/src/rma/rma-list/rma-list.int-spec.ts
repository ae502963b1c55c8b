import { startRuntimeFromEnv } from '@aftersales/platform';
import { decodeKeysetCursor } from '@aftersales/projections';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import { recordBalance } from '../../customer-totals/customer-totals.store';
import type { WarehouseReturnsRuntime } from '../../warehouse-returns.runtime';
import { warehouseReturnsService } from '../../warehouse-returns.service';
import { line } from '../rma.fixtures';
import { RMA_LIST } from './rma-list.projection';
import { ListRmasHandler, ListRmas } from './rma-list.queries';

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const deliveredOn = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);

describe('warehouse returns read models on PostgreSQL (request list, transport orders)', () => {
  let db: TestDatabase;
  let runtime: WarehouseReturnsRuntime;

  beforeAll(async () => {
    db = await createTestDatabase('wr_rma_list');
    runtime = (await startRuntimeFromEnv(warehouseReturnsService, {
      DATABASE_URL: db.url,
    })) as WarehouseReturnsRuntime;
    await recordBalance(
      runtime.dataSource,
      {
        customerId: 'c1',
        purchased: cny(100_000_000),
        exchanged: cny(0),
        periodFrom: '2026-01-01',
        asOf: new Date().toISOString(),
      },
      'opening-balance',
    );
  });
  afterAll(async () => {
    await runtime?.stop();
    await db.drop();
  });

  const snapshot = async () => ({
    rmas: await runtime.dataSource.query(
      `SELECT rma_id, branch, status, reason, total_minor, missing_signatures, receipt_no, last_position
         FROM warehouse_returns.rma_list ORDER BY rma_id`,
    ),
    orders: await runtime.dataSource.query(
      `SELECT * FROM warehouse_returns.transport_orders ORDER BY order_no`,
    ),
  });

  it('RET-5/RET-7: follows the requests — status, missing signatures, transport orders — and a rebuild gives the same rows', async () => {
    // Named in order: a tie on the request time falls back to the id, newest still first.
    const run = randomUUID().slice(0, 8);
    const ids = [`a-${run}`, `b-${run}`, `c-${run}`];
    const { rmas } = runtime;
    const unsalable = line({ originalOrder: { ref: 'SO-1', deliveredOn } });
    await rmas.execute({
      type: 'RequestReturn',
      rmaId: ids[0],
      branch: 'HZ',
      customerId: 'c1',
      source: 'direct',
      lines: [unsalable],
    });
    await rmas.execute({
      type: 'RequestReturn',
      rmaId: ids[1],
      branch: 'HZ',
      customerId: 'c1',
      source: 'direct',
      lines: [unsalable],
    });
    await rmas.execute({
      type: 'RequestReturn',
      rmaId: ids[2],
      branch: 'NB',
      customerId: 'c2',
      source: 'direct',
      lines: [line({ reason: 'quality' })],
    });
    await rmas.execute({ type: 'SignForm', rmaId: ids[2], role: 'after-sales-head', by: 'ash' });
    await rmas.execute({ type: 'RecordArrival', rmaId: ids[2], station: 'NB freight' });
    await rmas.execute({
      type: 'IssueTransportOrder',
      rmaId: ids[2],
      driverId: 'drv',
      driverName: 'Li',
      vehicle: 'V1',
    });
    await rmas.execute({ type: 'RecordPickUp', rmaId: ids[2], by: 'drv' });
    await runtime.projections.catchUp();

    const before = await snapshot();
    const quality = before.rmas.find((r: { rma_id: string }) => r.rma_id === ids[2]);
    expect(quality).toMatchObject({
      status: 'approved',
      reason: 'quality',
      missing_signatures: ['operations-head', 'qc-inspector'],
    });
    expect(before.orders).toEqual([
      expect.objectContaining({
        rma_id: ids[2],
        driver_id: 'drv',
        vehicle: 'V1',
        picked_up_at: expect.any(Date),
      }),
    ]);

    // Keyset pages, newest first, within the branches asked.
    const list = new ListRmasHandler(runtime);
    const first = await list.execute(new ListRmas({ branches: ['HZ'], limit: 1 }));
    const second = await list.execute(
      new ListRmas({ branches: ['HZ'], limit: 1, after: decodeKeysetCursor(first.next!) }),
    );
    expect([first.items[0].rmaId, second.items[0].rmaId]).toEqual([ids[1], ids[0]]);
    expect(second.next).toBeNull();
    expect(
      (await list.execute(new ListRmas({ branches: 'all', reason: 'quality', limit: 10 }))).items.map(
        (r) => r.rmaId,
      ),
    ).toEqual([ids[2]]);

    await runtime.projections.rebuild(RMA_LIST);
    expect(await snapshot()).toEqual(before);
  });
});
