import { qualityInspectionExamples as qc } from '@aftersales/contracts';
import { startRuntimeFromEnv } from '@aftersales/platform';
import type { ConsumedEvent } from '@aftersales/messaging';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import { readTotals } from '../customer-totals/customer-totals.store';
import { line } from '../rma/rma.fixtures';
import type { WarehouseReturnsRuntime } from '../warehouse-returns.runtime';
import { warehouseReturnsService } from '../warehouse-returns.service';
import { warehouseReturnsReactions } from './warehouse-returns.reactions';

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const consumed = (type: string, payload: object): ConsumedEvent => ({
  id: randomUUID(),
  type,
  payload,
  topic: 't',
  partition: 0,
  offset: '0',
  headers: {},
});

describe('warehouse returns’ reactions on PostgreSQL (FIN-7 totals, QC decisions)', () => {
  let db: TestDatabase;
  let runtime: WarehouseReturnsRuntime;
  let handle: ReturnType<typeof warehouseReturnsReactions>;
  const inTx = async (event: ConsumedEvent) => {
    const tx = await runtime.pool.connect();
    try {
      await tx.query('BEGIN');
      await handle(event, tx);
      await tx.query('COMMIT');
    } finally {
      tx.release();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase('wr_reactions');
    runtime = (await startRuntimeFromEnv(warehouseReturnsService, {
      DATABASE_URL: db.url,
    })) as WarehouseReturnsRuntime;
    handle = warehouseReturnsReactions(runtime.rmas, runtime.clock);
  });
  afterAll(async () => {
    await runtime?.stop();
    await db.drop();
  });

  it('FIN-7: finance’s totals are kept; the same statement again or an older one late changes nothing', async () => {
    const totals = (exchanged: number, asOf: string) =>
      consumed('finance.customer-totals-changed.v1', {
        customerId: 'c-fin',
        purchased: cny(1_000_000),
        exchanged: cny(exchanged),
        periodFrom: '2026-01-01',
        asOf,
      });
    await inTx(totals(10_000, '2026-03-02T00:00:00.000Z'));
    await inTx(totals(10_000, '2026-03-02T00:00:00.000Z'));
    await inTx(totals(99_999, '2026-03-01T00:00:00.000Z'));
    expect(await readTotals(runtime.dataSource, 'c-fin')).toMatchObject({
      purchased: cny(1_000_000),
      exchanged: cny(10_000),
      asOf: '2026-03-02T00:00:00.000Z',
      source: 'finance',
    });
  });

  it('RET-6/RET-7: QC’s sign-off on an inspection of a received return signs the form; a refusal rejects it; other inspections are not ours', async () => {
    const [signed, refused] = [randomUUID(), randomUUID()];
    for (const rmaId of [signed, refused]) {
      await runtime.rmas.execute({
        type: 'RequestReturn',
        rmaId,
        branch: 'HZ',
        customerId: 'c-q',
        source: 'direct',
        lines: [line({ reason: 'quality' })],
      });
      await runtime.rmas.execute({ type: 'SignForm', rmaId, role: 'after-sales-head', by: 'ash' });
      await runtime.rmas.execute({ type: 'ReceiveGoods', rmaId });
    }
    const opened = (inspectionId: string, rmaId: string, kind = 'quality-return') =>
      consumed('quality-inspection.inspection-opened.v1', {
        ...qc['quality-inspection.inspection-opened.v1'],
        inspectionId,
        origin: { kind, ref: rmaId },
      });
    await inTx(opened('i-signed', signed));
    await inTx(opened('i-refused', refused));
    await inTx(opened('i-take-back', signed, 'take-back'));
    const signOff = consumed('quality-inspection.inspection-signed-off.v1', {
      ...qc['quality-inspection.inspection-signed-off.v1'],
      inspectionId: 'i-signed',
      signedBy: { userId: 'qc-1', role: 'qc-inspector' },
      signedAt: '2026-03-02T08:00:00.000Z',
    });
    await inTx(signOff);
    await inTx(signOff); // redelivered
    await inTx(
      consumed('quality-inspection.return-refused.v1', {
        ...qc['quality-inspection.return-refused.v1'],
        inspectionId: 'i-refused',
        explanation: 'cracked housing from a fall',
        refusedAt: '2026-03-02T08:00:00.000Z',
      }),
    );
    await inTx(
      consumed('quality-inspection.inspection-signed-off.v1', {
        ...qc['quality-inspection.inspection-signed-off.v1'],
        inspectionId: 'i-take-back',
      }),
    );

    const signedState = (await runtime.rmas.load(signed)).state;
    expect(signedState).toMatchObject({
      signatures: {
        'qc-inspector': { userId: 'qc-1', inspectionId: 'i-signed', at: '2026-03-02T08:00:00.000Z' },
      },
    });
    expect(
      (await runtime.store.readStream(`rma-${signed}`)).filter((e) => e.type === 'FormSigned'),
    ).toHaveLength(2);
    expect((await runtime.rmas.load(refused)).state).toMatchObject({
      status: 'qc-refused',
      qcRefusal: { explanation: 'cracked housing from a fall' },
    });
  });

  it('RET-6: an inspection of one line (`<rmaId>#<lineNo>`) decides that line', async () => {
    const rmaId = randomUUID();
    await runtime.rmas.execute({
      type: 'RequestReturn',
      rmaId,
      branch: 'HZ',
      customerId: 'c-q',
      source: 'direct',
      lines: [line({ reason: 'quality' }), line({ reason: 'quality', serialNumber: 'SN-2' })],
    });
    await runtime.rmas.execute({ type: 'SignForm', rmaId, role: 'after-sales-head', by: 'ash' });
    await runtime.rmas.execute({ type: 'ReceiveGoods', rmaId });
    await inTx(
      consumed('quality-inspection.inspection-opened.v1', {
        ...qc['quality-inspection.inspection-opened.v1'],
        inspectionId: 'i-line-2',
        origin: { kind: 'quality-return', ref: `${rmaId}#2` },
      }),
    );
    await inTx(
      consumed('quality-inspection.return-refused.v1', {
        ...qc['quality-inspection.return-refused.v1'],
        inspectionId: 'i-line-2',
        explanation: 'customer damage on unit SN-2',
        refusedAt: '2026-03-02T08:00:00.000Z',
      }),
    );
    expect((await runtime.rmas.load(rmaId)).state).toMatchObject({
      status: 'received',
      qcLines: { 2: { outcome: 'refused', explanation: 'customer damage on unit SN-2' } },
    });
  });
});
