import { PostgresEventStore } from '@aftersales/event-store';
import { timeOrderedUuid } from '@aftersales/kernel';
import { ProjectionRunner } from '@aftersales/projections';
import { createTestDatabase, eventually, withTimeout, type TestDatabase } from '@aftersales/testing';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { HZ_CALENDAR } from '../dispatch.fixtures';
import { startRuntimeFromEnv } from '@aftersales/platform';
import { dispatchService } from '../dispatch.service';
import { dispatchSettings } from '../dispatch-settings';
import { AT, commandsOver, engineerWithStock, fuses, onSite, stockOf } from '../../test/parts-use';
import { PartsStockReaction, type PartsShortfall } from './parts-stock.reaction';

const root = join(__dirname, '../../../..');
const settings = dispatchSettings({ branches: { HZ: { calendar: HZ_CALENDAR } } });

describe('DSP-3 parts used leave the engineer’s stock through a reaction on the log', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('dispatch_parts');
    store = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  const partsUsed = async (engineerId: string) =>
    (await store.readStream(`engineer-${engineerId}`)).filter((e) => e.type === 'PartsUsed');

  /** Records parts used in a child process and kills it (SIGKILL) once the visit's append is committed. */
  async function recordAndKill(visitId: string, usageId: string, qty: number): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'services/dispatch/test/parts-used-process.ts',
        db.url,
        visitId,
        usageId,
        String(qty),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[dispatch] ${chunk.toString()}`));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      await withTimeout(
        new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('appended') && resolve());
          child.on('exit', (code) => reject(new Error(`the replica exited (${code}) before the append`)));
        }),
        30_000,
        'the visit append in the child',
      );
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }

  it('DSP-3: a crash after the visit’s append and before the stock effect: on restart the stock is decremented exactly once', async () => {
    const commands = commandsOver(store);
    const engineerId = `e-${timeOrderedUuid()}`;
    const visitId = `v-${timeOrderedUuid()}`;
    await engineerWithStock(commands, engineerId, 3);
    await onSite(commands, visitId, engineerId);

    await recordAndKill(visitId, 'use-1', 2);
    const { state: visit } = await commands.loadVisit(visitId);
    expect(visit.exists && visit.usageIds).toEqual(['use-1']);
    expect(await stockOf(commands, engineerId)).toBe(3); // killed before the stock effect

    const start = () =>
      startRuntimeFromEnv(dispatchService, { DATABASE_URL: db.url }, { settings, clock: AT });
    let runtime = await start();
    try {
      await eventually(
        async () => (await stockOf(commands, engineerId)) === 1,
        'the stock decremented',
        15_000,
      );
    } finally {
      await runtime.stop();
    }
    // A second crash, after the stock effect and before the reaction's checkpoint: it runs again.
    await db.pool().query(`DELETE FROM dispatch.projection_checkpoint WHERE name = 'dispatch.parts-stock'`);
    runtime = await start();
    try {
      const stockTaken = (await partsUsed(engineerId)).at(-1)!.globalPosition;
      await runtime.projections.waitFor('dispatch.parts-stock', stockTaken, 15_000);
    } finally {
      await runtime.stop();
    }
    expect(await stockOf(commands, engineerId)).toBe(1);
    expect((await partsUsed(engineerId)).map((e) => e.data)).toMatchObject([
      { usageId: 'use-1', visitId, lines: [{ partNo: 'FUSE-12', qty: 2 }] },
    ]);
  });

  it('DSP-3: two uses that each passed the check against the same stock: the second is recorded as a shortfall on its visit and alerted, once', async () => {
    const commands = commandsOver(store);
    const engineerId = `e-${timeOrderedUuid()}`;
    const [first, second] = [`v-${timeOrderedUuid()}`, `v-${timeOrderedUuid()}`];
    await engineerWithStock(commands, engineerId, 3);
    await onSite(commands, first, engineerId);
    await onSite(commands, second, engineerId);
    // Both decided before the reaction took anything: each saw 3 on hand.
    await commands.visit(fuses('use-a', first, 2));
    await commands.visit(fuses('use-b', second, 2));

    const dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 2 });
    await dataSource.initialize();
    const alerts: PartsShortfall[] = [];
    const runner = new ProjectionRunner({
      store,
      dataSource,
      schema: 'parts_test',
      projections: [new PartsStockReaction(commands, (s) => alerts.push(s))],
    });
    try {
      await runner.migrate();
      await runner.catchUp();
      await runner.rebuild('dispatch.parts-stock'); // a replay from the start adds nothing
    } finally {
      await dataSource.destroy();
    }

    expect(await stockOf(commands, engineerId)).toBe(1);
    expect((await partsUsed(engineerId)).map((e) => (e.data as { usageId: string }).usageId)).toEqual([
      'use-a',
    ]);
    const shortfalls = (await store.readStream(`visit-${second}`)).filter(
      (e) => e.type === 'PartsShortfallRecorded',
    );
    const shortfall = {
      visitId: second,
      usageId: 'use-b',
      engineerId,
      short: [{ partNo: 'FUSE-12', used: 2, onHand: 1 }],
    };
    expect(shortfalls.map((e) => e.data)).toEqual([{ ...shortfall, recordedAt: AT.now().toISOString() }]);
    expect(alerts).toEqual([shortfall]);
    expect((await store.readStream(`visit-${first}`)).map((e) => e.type)).not.toContain(
      'PartsShortfallRecorded',
    );
  });
});
