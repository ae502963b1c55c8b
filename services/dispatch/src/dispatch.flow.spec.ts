import { autoAssign, assignCommandOf, candidateOf } from './visit/assign-engineer/auto-assigner';
import { dailyReport } from './daily-report/daily-report';
import { branchPolicy } from './dispatch-policy';
import { TEST_POLICY } from './dispatch.fixtures';
import type { ExistingEngineer } from './engineer/engineer.state';
import { evolveCaseCopy, visitToOpen, type CaseCopy } from './reactions/on-case-accepted/on-case-accepted';
import type { VisitEvent } from './visit/visit.events';
import { ENGINEERS, play, signature } from './visit/visit.fixtures';

/** The flow, on the pure domain: accepted → opened → assigned → late → taken back → repaired → returned. */
describe('a repair request from acceptance to return (domain flow)', () => {
  const at = (local: string) => new Date(`${local}+08:00`);

  it('DSP-1..DSP-6: every step is an event and the daily report shows the hours', () => {
    const copy = evolveCaseCopy(undefined, {
      type: 'intake.case-registered.v1',
      data: {
        caseId: 'c1',
        caseNumber: 'HZ-2026-000001',
        branch: 'HZ',
        kind: 'repair-request',
        severity: 'general',
        customer: { customerId: 'cust-1' },
        product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
        problem: { description: '开关柜合闸后跳闸' },
      },
    }) as CaseCopy;
    const open = visitToOpen(
      copy,
      { type: 'intake.case-accepted.v1', data: { caseId: 'c1', kind: 'repair-request' } },
      at('2026-03-02T09:00'),
      { visitId: 'v1', zone: 'city', productLine: 'switchgear', addressRef: 'case-c1#address' },
    )!;
    const opened = play([[open, at('2026-03-02T09:00')]]);
    // scheduled city call: 6 working hours → Monday 16:30 local
    expect(opened[0]).toMatchObject({ data: { arrival: { dueAt: at('2026-03-02T16:30').toISOString() } } });

    const candidates = (['e1', 'e2', 'e4', 'e5'] as const).map((id) =>
      candidateOf(ENGINEERS[id] as ExistingEngineer, id === 'e1' ? 1 : 2),
    );
    const request = {
      visitId: 'v1',
      branch: 'HZ',
      productLine: 'switchgear',
      zone: 'city',
      urgency: 'scheduled',
      at: at('2026-03-02T09:05'),
    } as const;
    const choice = autoAssign(request, candidates, branchPolicy(TEST_POLICY, 'HZ'));
    expect(choice).toMatchObject({ outcome: 'assigned', engineerId: 'e1' });

    const history: VisitEvent[] = play(
      [
        [assignCommandOf(request, choice)!, at('2026-03-02T09:05')],
        [{ type: 'RecordDeparture', visitId: 'v1' }, at('2026-03-02T15:00')],
        [{ type: 'CheckArrivalDeadline', visitId: 'v1' }, at('2026-03-02T16:30')],
        [{ type: 'RecordArrival', visitId: 'v1' }, at('2026-03-02T16:50')],
        [{ type: 'RecordFindings', visitId: 'v1', findings: '操作机构损坏' }, at('2026-03-02T17:10')],
        [{ type: 'RecordLabour', visitId: 'v1', workKind: 'diagnosis', minutes: 40 }, at('2026-03-02T17:30')],
        [
          {
            type: 'TakeBackProduct',
            visitId: 'v1',
            receiptNo: 'R-1',
            registerEntryNo: 'IN-1',
            repairCardNo: 'RC-1',
          },
          at('2026-03-02T17:40'),
        ],
        [
          { type: 'PromiseRepairDate', visitId: 'v1', promisedBy: at('2026-03-06T17:00').toISOString() },
          at('2026-03-02T17:45'),
        ],
        [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'e1', minutes: 180 }, at('2026-03-03T11:00')],
        [{ type: 'CompleteRepair', visitId: 'v1', outcome: '更换操作机构' }, at('2026-03-03T16:00')],
        [{ type: 'CheckRepairEscalation', visitId: 'v1' }, at('2026-03-05T17:00')],
        [
          {
            type: 'ReturnProductToCustomer',
            visitId: 'v1',
            registerEntryNo: 'OUT-1',
            signature: signature(at('2026-03-04T10:00')),
          },
          at('2026-03-04T10:00'),
        ],
      ],
      opened,
    );
    expect(history.map((e) => e.type)).toEqual([
      'VisitOpened',
      'EngineerAssigned',
      'VisitStarted',
      'ArrivalDeadlineMissed',
      'EngineerArrived',
      'FindingsRecorded',
      'LabourRecorded',
      'CostIncurred',
      'ProductTakenBack',
      'RepairPromised',
      'RepairCardEntryRecorded',
      'CostIncurred',
      'RepairCompleted',
      'ProductReturnedToCustomer',
    ]);
    expect(history.find((e) => e.type === 'EngineerArrived')).toMatchObject({
      data: { withinDeadline: false },
    });

    const monday = dailyReport(history, '2026-03-02', TEST_POLICY);
    expect(monday.engineers).toMatchObject([
      { engineerId: 'e1', minutesByKind: { travel: 110, diagnosis: 40 }, lateArrivals: 1, takenBack: 1 },
    ]);
    expect(monday.branches).toMatchObject([{ branch: 'HZ', arrivalDeadlinesMissed: 1, requestsOpened: 1 }]);
    const tuesday = dailyReport(history, '2026-03-03', TEST_POLICY);
    expect(tuesday.branches).toMatchObject([
      { minutesByKind: { 'workshop-repair': 180 }, repairsCompleted: 1 },
    ]);
  });
});
