import { recurrenceStreamId } from '../src/recurrence/recurrence.decider';
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

const registration = (serial: string) => ({
  branch: 'HZ',
  channel: 'hotline',
  kind: 'quality-complaint',
  severity: 'general',
  customer: { customerId: `cust-${serial}`, name: '李雷', phone: '13800000000', address: '宁波市' },
  product: { model: 'ZN63-12', serialNumber: serial },
  problem: { description: '真空断路器拒动', symptomCode: 'NO-CLOSE' },
});

describe('intake reacting to its own log', () => {
  let intake: IntakeUnderTest;
  let clerk: string;

  beforeAll(async () => {
    intake = await startIntake();
    clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
  });
  afterAll(() => intake.stop());

  it('INT-9: the third founded complaint of one model + symptom raises one recurring-problem alert', async () => {
    const ids: string[] = [];
    for (const serial of ['S1', 'S2', 'S3', 'S4']) {
      const id = (await intake.call('POST', '/cases', clerk, registration(serial))).body.caseId;
      await intake.call('POST', `/cases/${id}/review`, clerk, { founded: true, remedy: 'repair' });
      ids.push(id);
    }
    await intake.runtime.projections.catchUp();
    await intake.runtime.projections.catchUp();
    const stream = await intake.runtime.store.readStream(recurrenceStreamId('ZN63-12', 'NO-CLOSE'));
    expect(stream.filter((e) => e.type === 'FoundedCaseCounted')).toHaveLength(4);
    const alerts = stream.filter((e) => e.type === 'RecurringProblemDetected');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].data).toMatchObject({
      caseIds: ids.slice(0, 3),
      notifyRoles: ['qc-inspector', 'technical-department'],
    });
    expect(alerts[0].metadata.causationId).toBeDefined();

    const flagged = (await intake.call('GET', '/cases', clerk)).body.items.filter(
      (r: { recurringAlert: boolean }) => r.recurringAlert,
    );
    expect(flagged.map((r: { caseId: string }) => r.caseId).sort()).toEqual(ids.slice(0, 3).sort());
  });

  it('INT-9: a long recurrence stream is read from its recent end, page by page, and still counts each case once', async () => {
    const stream = recurrenceStreamId('ZN63-12', 'LEAK');
    const id = (
      await intake.call('POST', '/cases', clerk, {
        ...registration('L-1'),
        problem: { description: '漏气', symptomCode: 'LEAK' },
      })
    ).body.caseId;
    // This case was counted long ago (450 counts back, beyond two pages): its acceptance now
    // must not count it again, and the append must expect the stream's true last version.
    const counted = (caseId: string) => ({
      type: 'FoundedCaseCounted',
      data: {
        key: 'zn63-12:leak',
        model: 'ZN63-12',
        symptomCode: 'LEAK',
        caseId,
        acceptedAt: new Date().toISOString(),
      },
    });
    await intake.runtime.store.appendToStream(stream, [
      counted(id),
      ...Array.from({ length: 449 }, (_, i) => counted(`old-${i}`)),
    ]);
    await intake.call('POST', `/cases/${id}/review`, clerk, { founded: true, remedy: 'repair' });
    const other = (
      await intake.call('POST', '/cases', clerk, {
        ...registration('L-2'),
        problem: { description: '漏气', symptomCode: 'LEAK' },
      })
    ).body.caseId;
    await intake.call('POST', `/cases/${other}/review`, clerk, { founded: true, remedy: 'repair' });
    await intake.runtime.projections.catchUp();
    await intake.runtime.projections.catchUp();
    const events = await intake.runtime.store.readStream(stream);
    const countedIds = events
      .filter((e) => e.type === 'FoundedCaseCounted')
      .map((e) => (e.data as { caseId: string }).caseId);
    expect(countedIds.filter((c) => c === id)).toHaveLength(1);
    expect(countedIds.filter((c) => c === other)).toHaveLength(1);
  });

  it('INT-8: a complaint about the service opens a linked case for the service director', async () => {
    const id = (await intake.call('POST', '/cases', clerk, registration('S9'))).body.caseId;
    await intake.call('POST', `/cases/${id}/review`, clerk, { founded: true, remedy: 'repair' });
    await intake.call('POST', `/cases/${id}/closure`, clerk, {
      outcome: 'repaired',
      confirmation: { signedBy: '李雷', signedAt: new Date().toISOString(), method: 'signature' },
    });
    const answered = await intake.call('POST', `/cases/${id}/survey`, clerk, {
      scores: { attitude: 1, skill: 3, arrivalTime: 2, keepingPromises: 2 },
      complaintAboutService: 'the engineer was rude and late',
    });
    expect(answered.body.events).toEqual(['SurveyAnswered', 'ServiceFollowUpRequested']);
    await intake.runtime.projections.catchUp();
    await intake.runtime.projections.catchUp();
    const cases = (await intake.call('GET', '/cases?kind=non-quality-complaint', clerk)).body.items;
    expect(cases).toHaveLength(1);
    const followUp = (await intake.call('GET', `/cases/${cases[0].caseId}`, clerk)).body;
    expect(followUp.registration).toMatchObject({
      followUpOf: { caseId: id, handledByRole: 'service-director' },
      problem: { description: 'the engineer was rude and late' },
      customer: { name: '李雷' },
    });
    // Replaying the reactions adds nothing.
    await intake.runtime.projections.rebuild('intake.reactions');
    expect((await intake.call('GET', '/cases?kind=non-quality-complaint', clerk)).body.total).toBe(1);
  });
});
