import { PostgresEventStore } from '@aftersales/event-store';
import { timeOrderedUuid } from '@aftersales/kernel';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { CaseCommands } from './case-commands';
import { caseStreamId } from './case.decider';
import { registerCommand } from './case.fixtures';
import { DEFAULT_INTAKE_POLICY } from './intake-policy';

/** Two replicas of intake: their own event store clients and commands, one database. */
describe('case commands over PostgreSQL: the state of cases this replica wrote', () => {
  let db: TestDatabase;
  let storeA: PostgresEventStore;
  let storeB: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase('case_commands');
    storeA = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
    storeB = new PostgresEventStore({ connectionString: db.url, poolSize: 2 });
    await storeA.migrate();
  });
  afterAll(async () => {
    await storeA.close();
    await storeB.close();
    await db.drop();
  });

  const register = (commands: CaseCommands) => {
    const caseId = timeOrderedUuid();
    return commands
      .execute(registerCommand({ caseId, caseNumber: `HZ-2026-${caseId.slice(-6)}` }), { assumeNew: true })
      .then(() => caseId);
  };
  const typesOf = async (caseId: string) =>
    (await storeA.readStream(caseStreamId(caseId), { revealPersonalData: false })).map((e) => e.type);

  it('the next command on a case this replica just wrote decides without reading its stream', async () => {
    const commands = new CaseCommands(storeA, DEFAULT_INTAKE_POLICY);
    const reads = jest.spyOn(storeA, 'readStream');
    try {
      const caseId = await register(commands);
      await commands.execute({ type: 'ReviewValidity', caseId, founded: true, remedy: 'repair' });
      const { state } = await commands.execute({
        type: 'RespondToCustomer',
        caseId,
        response: '已安排工程师上门',
      });
      expect(reads).not.toHaveBeenCalled();
      expect(state).toMatchObject({ exists: true, status: 'accepted', remedy: 'repair' });
      expect(state.exists && state.respondedAt).toEqual(expect.any(String));
      expect(await typesOf(caseId)).toEqual(['CaseRegistered', 'CaseAccepted', 'CaseResponded']);
    } finally {
      reads.mockRestore();
    }
  });

  it('a write by another replica in between is never overwritten: the command decides again on the stream', async () => {
    const a = new CaseCommands(storeA, DEFAULT_INTAKE_POLICY);
    const b = new CaseCommands(storeB, DEFAULT_INTAKE_POLICY);
    const caseId = await register(a);
    await b.execute({ type: 'ReclassifyCase', caseId, severity: 'major', reason: '客户反映有安全隐患' });

    const reads = jest.spyOn(storeA, 'readStream');
    try {
      const { state } = await a.execute({
        type: 'ReviewValidity',
        caseId,
        founded: true,
        remedy: 'exchange',
      });
      expect(reads).toHaveBeenCalledTimes(1); // once, after its append met B's events
      expect(state).toMatchObject({ severity: 'major', status: 'accepted', remedy: 'exchange' });
    } finally {
      reads.mockRestore();
    }
    expect(await typesOf(caseId)).toEqual([
      'CaseRegistered',
      'CaseClassified',
      'MajorCaseNotified',
      'CaseAccepted',
    ]);
  });

  it('kept for no case (0), every command reads its stream', async () => {
    const commands = new CaseCommands(storeA, DEFAULT_INTAKE_POLICY, undefined, 0);
    const caseId = await register(commands);
    const reads = jest.spyOn(storeA, 'readStream');
    try {
      await commands.execute({ type: 'ReviewValidity', caseId, founded: true, remedy: 'repair' });
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('INT-5: a command refused on the state this replica kept is decided again on the stream', async () => {
    const a = new CaseCommands(storeA, DEFAULT_INTAKE_POLICY);
    const b = new CaseCommands(storeB, DEFAULT_INTAKE_POLICY);
    const caseId = await register(a); // A keeps it as registered
    await b.execute({ type: 'ReviewValidity', caseId, founded: true, remedy: 'repair' });
    const { state } = await a.execute({ type: 'ResolveCase', caseId, outcome: '已修复' });
    expect(state).toMatchObject({ status: 'resolved' });
    expect(await typesOf(caseId)).toEqual(['CaseRegistered', 'CaseAccepted', 'CaseResolved']);
    // On the stream as it is, a refusal stands.
    await expect(a.execute({ type: 'ResolveCase', caseId, outcome: '再次' })).rejects.toMatchObject({
      rule: 'INT-5',
    });
  });
});
