import { PostgresEventStore } from '@aftersales/event-store';
import { timeOrderedUuid } from '@aftersales/kernel';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { TEST_POLICY } from './dispatch.fixtures';
import { registerEngineerCommand } from './engineer/engineer.fixtures';
import { DispatchCommands } from './dispatch-commands';

/** Two replicas of dispatch: their own event store clients and commands, one database. */
describe('dispatch commands over PostgreSQL: the state of streams this replica wrote', () => {
  let db: TestDatabase;
  let storeA: PostgresEventStore;
  let storeB: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('dispatch_commands');
    storeA = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
    storeB = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
    await storeA.migrate();
  });
  afterAll(async () => {
    await storeA.close();
    await storeB.close();
    await db.drop();
  });

  const receive = (commands: DispatchCommands, engineerId: string, qty: number, reference: string) =>
    commands.engineer({ type: 'ReceiveParts', engineerId, lines: [{ partNo: 'FUSE-12', qty }], reference });

  it('DSP-3: the next command on an engineer this replica just wrote decides without reading the stream', async () => {
    const commands = new DispatchCommands(storeA, TEST_POLICY);
    const engineerId = `e-${timeOrderedUuid()}`;
    const reads = jest.spyOn(storeA, 'readStream');
    try {
      await commands.engineer(registerEngineerCommand({ engineerId }), { assumeNew: true });
      await receive(commands, engineerId, 3, 'ISS-1');
      const { state } = await receive(commands, engineerId, 2, 'ISS-2');
      expect(reads).not.toHaveBeenCalled();
      expect(state).toMatchObject({ exists: true, stock: { 'FUSE-12': 5 } });
    } finally {
      reads.mockRestore();
    }
    expect((await commands.loadEngineer(engineerId)).state).toMatchObject({ stock: { 'FUSE-12': 5 } });
  });

  it('DSP-3: parts received through another replica in between are never lost', async () => {
    const a = new DispatchCommands(storeA, TEST_POLICY);
    const b = new DispatchCommands(storeB, TEST_POLICY);
    const engineerId = `e-${timeOrderedUuid()}`;
    await a.engineer(registerEngineerCommand({ engineerId }), { assumeNew: true });
    await receive(a, engineerId, 3, 'ISS-1');
    await receive(b, engineerId, 2, 'ISS-2');
    const { state } = await receive(a, engineerId, 1, 'ISS-3');
    expect(state).toMatchObject({ stock: { 'FUSE-12': 6 } });
    expect((await b.loadEngineer(engineerId)).state).toMatchObject({ stock: { 'FUSE-12': 6 } });
  });

  it('DSP-3: a use of parts refused on the state this replica kept is decided again on the stream', async () => {
    const a = new DispatchCommands(storeA, TEST_POLICY);
    const b = new DispatchCommands(storeB, TEST_POLICY);
    const engineerId = `e-${timeOrderedUuid()}`;
    await a.engineer(registerEngineerCommand({ engineerId }), { assumeNew: true }); // A keeps: no stock
    await receive(b, engineerId, 3, 'ISS-1');
    const use = {
      type: 'UseParts',
      engineerId,
      visitId: 'v-1',
      lines: [{ partNo: 'FUSE-12', qty: 2 }],
    } as const;
    const { state } = await a.engineer({ ...use, usageId: 'use-1' });
    expect(state).toMatchObject({ stock: { 'FUSE-12': 1 } });
    // On the stream as it is, the refusal stands.
    await expect(a.engineer({ ...use, usageId: 'use-2' })).rejects.toMatchObject({ rule: 'DSP-3' });
  });
});
