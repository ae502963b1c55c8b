import { Conflict, NotFound } from '@aftersales/kernel';
import {
  arrived,
  assigned,
  cny,
  departed,
  diagnosed,
  given,
  minutesAfter,
  openCommand,
  opened,
  play,
  signature,
  T0,
  takenBack,
} from './visit.fixtures';
import type { VisitEvent } from './visit.events';
import { visitDecider } from './visit.decider';

const iso = (d: Date) => d.toISOString();

describe('opening a service request', () => {
  it('DSP-1: opens from the accepted case with address reference, product and problem', () => {
    given([])
      .when(openCommand())
      .then([
        {
          type: 'VisitOpened',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            caseNumber: 'HZ-2026-000001',
            branch: 'HZ',
            customer: { customerId: 'cust-1', addressRef: 'case-c1#customer.address', zone: 'city' },
            product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
            problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
            urgency: 'emergency',
            acceptedAt: iso(T0),
            arrival: {
              status: 'due',
              dueAt: iso(minutesAfter(60)),
              source: 'DSP-2 emergency, city: 1 h from acceptance',
              counted: 'calendar-time',
              from: 'accepted',
            },
            openedAt: iso(T0),
          },
        },
      ]);
  });

  it('DSP-1: a visit id is opened once', () => {
    given(opened()).when(openCommand()).thenThrows(Conflict);
  });

  it('DSP-1: a request without the problem is refused', () => {
    given([])
      .when(openCommand({ problem: { description: ' ' } }))
      .thenThrows('DSP-1', /the problem is required/);
  });

  it('DSP-1: a branch without dispatch policy is unknown', () => {
    given([])
      .when(openCommand({ branch: 'XX' }))
      .thenThrows(NotFound);
  });

  it('DSP-2: a standard visit waits for confirmation with the customer, then is due 12 h after it', () => {
    const history = opened({ urgency: 'standard' });
    expect(history[0]).toMatchObject({ data: { arrival: { status: 'awaiting-confirmation' } } });
    given(history)
      .when(
        { type: 'ConfirmAppointment', visitId: 'v1', confirmedAt: iso(minutesAfter(30)) },
        minutesAfter(31),
      )
      .then([
        {
          type: 'AppointmentConfirmed',
          data: {
            visitId: 'v1',
            confirmedAt: iso(minutesAfter(30)),
            arrival: {
              status: 'due',
              dueAt: iso(minutesAfter(30 + 12 * 60)),
              source: 'DSP-2 standard on-site service: 12 h from confirmation with the customer',
              counted: 'calendar-time',
              from: 'confirmed',
            },
          },
        },
      ]);
  });

  it('DSP-2: a scheduled call in Berlin counts working hours of the Berlin calendar', () => {
    const [event] = play([
      [
        openCommand({ branch: 'BER', urgency: 'scheduled', acceptedAt: '2026-04-02T13:00:00.000Z' }),
        new Date('2026-04-02T13:00:00Z'),
      ],
    ]);
    expect(event).toMatchObject({
      data: { arrival: { status: 'due', dueAt: '2026-04-07T10:00:00.000Z', counted: 'working-time' } },
    });
  });
});

describe('assigning an engineer', () => {
  it('DSP-1: a dispatcher assigns an engineer of the case’s branch with the product line’s skill', () => {
    given(opened())
      .when(
        { type: 'AssignEngineer', visitId: 'v1', engineerId: 'e1', assignedBy: 'dispatcher' },
        minutesAfter(5),
      )
      .then([
        {
          type: 'EngineerAssigned',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            engineerId: 'e1',
            engineerHome: 'branch',
            assignedBy: 'dispatcher',
            assignedAt: iso(minutesAfter(5)),
          },
        },
      ]);
  });

  it('DSP-1: the auto-assigner’s reason is recorded', () => {
    const [event] = given(opened())
      .when({
        type: 'AssignEngineer',
        visitId: 'v1',
        engineerId: 'e4',
        assignedBy: 'auto-assigner',
        reason: 'least load',
      })
      .events();
    expect(event).toMatchObject({
      data: { assignedBy: 'auto-assigner', reason: 'least load', engineerHome: 'head-office' },
    });
  });

  it.each([
    ['e3', 'of another branch (ORG-1)', /engineer e3 belongs to branch BER, case HZ-2026-000001 to HZ/],
    ['e2', 'without the skill', /engineer e2 has no skill for switchgear/],
    ['e5', 'on leave', /engineer e5 is on leave/],
    ['e6', 'no longer active', /engineer e6 is no longer active/],
  ])('DSP-1: engineer %s %s cannot be assigned', (engineerId, _why, reason) => {
    given(opened())
      .when({ type: 'AssignEngineer', visitId: 'v1', engineerId, assignedBy: 'dispatcher' })
      .thenThrows('DSP-1', reason);
  });

  it('DSP-1: an unknown engineer is not found', () => {
    given(opened())
      .when({ type: 'AssignEngineer', visitId: 'v1', engineerId: 'e9', assignedBy: 'dispatcher' })
      .thenThrows(NotFound);
  });

  it('DSP-1: assigning the same engineer again changes nothing; another one needs a reassignment', () => {
    given(assigned())
      .when({ type: 'AssignEngineer', visitId: 'v1', engineerId: 'e1', assignedBy: 'dispatcher' })
      .then([]);
    given(assigned())
      .when({ type: 'AssignEngineer', visitId: 'v1', engineerId: 'e4', assignedBy: 'dispatcher' })
      .thenThrows('DSP-1', /cannot assign \(use reassignment with a reason\): visit v1 is assigned/);
  });

  it('DSP-1: reassignment records the previous engineer and the reason', () => {
    given(departed())
      .when(
        { type: 'ReassignEngineer', visitId: 'v1', engineerId: 'e4', reason: 'e1 stuck in traffic' },
        minutesAfter(20),
      )
      .then([
        {
          type: 'EngineerReassigned',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            previousEngineerId: 'e1',
            engineerId: 'e4',
            engineerHome: 'head-office',
            assignedBy: 'dispatcher',
            reason: 'e1 stuck in traffic',
            reassignedAt: iso(minutesAfter(20)),
          },
        },
      ]);
  });

  it('DSP-1: reassignment needs a reason and an engineer of the branch', () => {
    given(assigned())
      .when({ type: 'ReassignEngineer', visitId: 'v1', engineerId: 'e4', reason: '' })
      .thenThrows('DSP-1', /a reason for the reassignment is required/);
    given(assigned())
      .when({ type: 'ReassignEngineer', visitId: 'v1', engineerId: 'e3', reason: 'x' })
      .thenThrows('DSP-1', /engineer e3 belongs to branch BER, case HZ-2026-000001 to HZ \(ORG-1\)/);
  });
});

describe('arrival', () => {
  it('DSP-3: arrival is recorded after the departure', () => {
    given(assigned())
      .when({ type: 'RecordArrival', visitId: 'v1' })
      .thenThrows('DSP-3', /cannot record the arrival before the departure: visit v1 is assigned/);
  });

  it('DSP-2: an arrival within the deadline is recorded as such, with the travel time', () => {
    given(departed())
      .when({ type: 'RecordArrival', visitId: 'v1' }, minutesAfter(55))
      .then([
        {
          type: 'EngineerArrived',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            engineerId: 'e1',
            arrivedAt: iso(minutesAfter(55)),
            dueAt: iso(minutesAfter(60)),
            withinDeadline: true,
            travelMinutes: 45,
          },
        },
      ]);
  });

  it('DSP-2: a late arrival is recorded as late', () => {
    const [event] = given(departed())
      .when({ type: 'RecordArrival', visitId: 'v1' }, minutesAfter(75))
      .events();
    expect(event).toMatchObject({ data: { withinDeadline: false } });
  });

  it('DSP-2: the deadline timer before the due time does nothing', () => {
    given(departed()).when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(59)).then([]);
  });

  it('DSP-2: the deadline timer after the due time records the miss', () => {
    given(departed())
      .when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(60))
      .then([
        {
          type: 'ArrivalDeadlineMissed',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            dueAt: iso(minutesAfter(60)),
            detectedAt: iso(minutesAfter(60)),
            engineerId: 'e1',
          },
        },
      ]);
  });

  it('DSP-2: the miss is recorded once, and not at all after an arrival in time', () => {
    const missed = play([[{ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(61)]], departed());
    given(missed).when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(62)).then([]);
    given(arrived(minutesAfter(40)))
      .when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(61))
      .then([]);
  });

  it('DSP-2: an unassigned request can miss its deadline too', () => {
    const [event] = given(opened())
      .when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(61))
      .events();
    expect(event).toMatchObject({ type: 'ArrivalDeadlineMissed' });
    expect(event.data).not.toHaveProperty('engineerId');
  });
});

describe('the arrival deadline as the visit shows it (issue 32)', () => {
  const standing = (history: VisitEvent[]) => {
    const state = history.reduce(visitDecider.evolve, visitDecider.initialState);
    if (!state.exists) throw new Error('no visit');
    return state.arrival;
  };
  const completed = (history: VisitEvent[]) =>
    play(
      [
        [{ type: 'RecordFindings', visitId: 'v1', findings: '触头烧蚀' }, minutesAfter(80)],
        [{ type: 'RecordWorkDone', visitId: 'v1', workDone: '更换触头' }, minutesAfter(110)],
        [
          {
            type: 'CompleteVisit',
            visitId: 'v1',
            voucherNo: 'SV-1',
            firstTimeFix: true,
            signature: signature(),
          },
          minutesAfter(120),
        ],
      ],
      history,
    );

  it('DSP-2: an arrival in time shows the deadline met, and so it stays after completion', () => {
    const inTime = arrived(minutesAfter(55));
    const met = { status: 'met', dueAt: iso(minutesAfter(60)), arrivedAt: iso(minutesAfter(55)) };
    expect(standing(inTime)).toMatchObject(met);
    expect(standing(completed(inTime))).toMatchObject(met);
  });

  it('DSP-2: a late arrival shows the deadline missed', () => {
    const late = arrived(minutesAfter(75));
    const missed = { status: 'missed', dueAt: iso(minutesAfter(60)), arrivedAt: iso(minutesAfter(75)) };
    expect(standing(late)).toMatchObject(missed);
    expect(standing(completed(late))).toMatchObject(missed);
  });

  it('DSP-2: a deadline the timer found missed shows missed, before the arrival and after it', () => {
    const missed = play([[{ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(61)]], departed());
    expect(standing(missed)).toMatchObject({ status: 'missed', dueAt: iso(minutesAfter(60)) });
    expect(standing(missed)).not.toHaveProperty('arrivedAt');
    const then = play([[{ type: 'RecordArrival', visitId: 'v1' }, minutesAfter(80)]], missed);
    expect(standing(then)).toMatchObject({ status: 'missed', arrivedAt: iso(minutesAfter(80)) });
    // The arrival still records the deadline it was late for (KPI-1).
    expect(then.at(-1)).toMatchObject({ data: { dueAt: iso(minutesAfter(60)), withinDeadline: false } });
  });

  it('DSP-2: a visit cancelled before anyone arrived has no deadline due any more', () => {
    const cancelled = play(
      [[{ type: 'CancelVisit', visitId: 'v1', reason: 'resolved by phone' }, minutesAfter(20)]],
      assigned(),
    );
    expect(standing(cancelled)).toMatchObject({ status: 'cancelled', dueAt: iso(minutesAfter(60)) });
  });

  it('DSP-2: an open visit before its due time shows it due', () => {
    expect(standing(departed())).toMatchObject({ status: 'due', dueAt: iso(minutesAfter(60)) });
  });
});

describe('on site', () => {
  it('DSP-3: findings need the engineer on site', () => {
    given(departed())
      .when({ type: 'RecordFindings', visitId: 'v1', findings: 'x' })
      .thenThrows('DSP-3', /cannot record findings: visit v1 is en-route/);
  });

  it('DSP-3: parts used come from the engineer’s stock and are costed for finance (FIN-1)', () => {
    given(diagnosed())
      .when(
        {
          type: 'RecordPartsUsed',
          visitId: 'v1',
          usageId: 'u1',
          parts: [{ partNo: 'FUSE-12', qty: 2, unitCost: cny(3_550) }],
        },
        minutesAfter(90),
      )
      .then([
        {
          type: 'PartsUsedOnVisit',
          data: {
            visitId: 'v1',
            usageId: 'u1',
            engineerId: 'e1',
            parts: [{ partNo: 'FUSE-12', qty: 2, unitCost: cny(3_550) }],
            recordedAt: iso(minutesAfter(90)),
          },
        },
        {
          type: 'CostIncurred',
          data: {
            costId: 'v1-cost-1',
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            category: 'parts',
            amount: cny(7_100),
            bearer: 'by-attribution',
            description: '2 × FUSE-12',
            incurredAt: iso(minutesAfter(90)),
          },
        },
      ]);
  });

  it('DSP-3: parts beyond the engineer’s stock are refused', () => {
    given(diagnosed())
      .when({
        type: 'RecordPartsUsed',
        visitId: 'v1',
        usageId: 'u1',
        parts: [{ partNo: 'FUSE-12', qty: 4, unitCost: cny(3_550) }],
      })
      .thenThrows('DSP-3', /engineer e1 has 3 of FUSE-12, 4 used/);
  });

  it('DSP-3: a use the engineer’s stock could not give is recorded as a shortfall, once', () => {
    const used = play(
      [
        [
          {
            type: 'RecordPartsUsed',
            visitId: 'v1',
            usageId: 'u1',
            parts: [{ partNo: 'FUSE-12', qty: 2, unitCost: cny(3_550) }],
          },
          minutesAfter(90),
        ],
      ],
      diagnosed(),
    );
    const shortfall = {
      type: 'RecordPartsShortfall',
      visitId: 'v1',
      usageId: 'u1',
      engineerId: 'e1',
      short: [{ partNo: 'FUSE-12', used: 2, onHand: 1 }],
    } as const;
    const recorded = given(used).when(shortfall, minutesAfter(91)).events();
    expect(recorded).toEqual([
      {
        type: 'PartsShortfallRecorded',
        data: {
          visitId: 'v1',
          usageId: 'u1',
          engineerId: 'e1',
          short: [{ partNo: 'FUSE-12', used: 2, onHand: 1 }],
          recordedAt: iso(minutesAfter(91)),
        },
      },
    ]);
    given([...used, ...recorded])
      .when(shortfall)
      .then([]);
    given(used)
      .when({ ...shortfall, usageId: 'u9' })
      .thenThrows('DSP-3', /recorded no parts use u9/);
    given(used)
      .when({ ...shortfall, short: [] })
      .thenThrows('DSP-3', /names no part/);
  });

  it('DSP-3: labour hours by kind of work, costed at the branch rate', () => {
    const events = given(diagnosed())
      .when(
        { type: 'RecordLabour', visitId: 'v1', workKind: 'on-site-repair', minutes: 45 },
        minutesAfter(100),
      )
      .events();
    expect(events).toEqual([
      {
        type: 'LabourRecorded',
        data: {
          visitId: 'v1',
          branch: 'HZ',
          engineerId: 'e1',
          workKind: 'on-site-repair',
          minutes: 45,
          recordedAt: iso(minutesAfter(100)),
        },
      },
      expect.objectContaining({
        type: 'CostIncurred',
        data: expect.objectContaining({
          category: 'labour',
          amount: cny(9_000),
          staffId: 'e1',
          staffHome: 'branch',
        }),
      }),
    ]);
  });

  it('DSP-3: a visit is not complete without findings, work done and the customer’s signature', () => {
    const complete = { type: 'CompleteVisit', visitId: 'v1', voucherNo: 'SV-1', firstTimeFix: true } as const;
    given(arrived())
      .when({ ...complete, signature: signature() })
      .thenThrows('DSP-3', /findings \(cause analysis\) must be recorded first/);
    given(diagnosed())
      .when({ ...complete, signature: signature() })
      .thenThrows('DSP-3', /the work done must be recorded first/);
    const worked = play(
      [[{ type: 'RecordWorkDone', visitId: 'v1', workDone: '更换触头' }, minutesAfter(110)]],
      diagnosed(),
    );
    given(worked)
      .when(complete)
      .thenThrows('DSP-3', /the customer's signature on the service voucher is required/);
    given(worked)
      .when({ ...complete, signature: { ...signature(), signedBy: ' ' } })
      .thenThrows('DSP-3', /the customer's signature on the service voucher: the signer's name is required/);
  });

  it('DSP-3: a visit cannot be completed before it started, nor signed in the future (issue 22)', () => {
    const worked = play(
      [[{ type: 'RecordWorkDone', visitId: 'v1', workDone: '更换触头' }, minutesAfter(110)]],
      diagnosed(),
    );
    const complete = { type: 'CompleteVisit', visitId: 'v1', voucherNo: 'SV-1', firstTimeFix: true } as const;
    given(worked)
      .when({ ...complete, signature: signature(minutesAfter(-60)) }, minutesAfter(120))
      .thenThrows('DSP-3', /signed at .*, before the engineer arrived/);
    given(worked)
      .when({ ...complete, signature: signature(minutesAfter(200)) }, minutesAfter(120))
      .thenThrows('DSP-3', /signed at .*, which is in the future/);
  });

  it('DSP-3: completion records findings, work, parts, labour, first-time fix and the signed voucher', () => {
    const history = play(
      [
        [{ type: 'RecordWorkDone', visitId: 'v1', workDone: '更换触头' }, minutesAfter(110)],
        [
          {
            type: 'RecordPartsUsed',
            visitId: 'v1',
            usageId: 'u1',
            parts: [{ partNo: 'FUSE-12', qty: 1, unitCost: cny(3_550) }],
          },
          minutesAfter(111),
        ],
        [{ type: 'RecordLabour', visitId: 'v1', workKind: 'on-site-repair', minutes: 60 }, minutesAfter(112)],
      ],
      diagnosed(),
    );
    given(history)
      .when(
        {
          type: 'CompleteVisit',
          visitId: 'v1',
          voucherNo: 'SV-1',
          firstTimeFix: true,
          signature: signature(),
        },
        minutesAfter(120),
      )
      .then([
        {
          type: 'VisitCompleted',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            engineerId: 'e1',
            voucherNo: 'SV-1',
            findings: '真空断路器触头烧蚀',
            workDone: '更换触头',
            parts: [{ partNo: 'FUSE-12', qty: 1, unitCost: cny(3_550) }],
            labourMinutes: 60,
            firstTimeFix: true,
            signature: signature(),
            completedAt: iso(minutesAfter(120)),
          },
        },
      ]);
  });

  it('DSP-3: parts of one usage are recorded once', () => {
    const use = {
      type: 'RecordPartsUsed',
      visitId: 'v1',
      usageId: 'u1',
      parts: [{ partNo: 'FUSE-12', qty: 1, unitCost: cny(3_550) }],
    } as const;
    given(play([[use, minutesAfter(90)]], diagnosed()))
      .when(use)
      .then([]);
  });
});

describe('take-back repair', () => {
  it('DSP-4: a take-back needs the findings first', () => {
    given(arrived())
      .when({
        type: 'TakeBackProduct',
        visitId: 'v1',
        receiptNo: 'R-1',
        registerEntryNo: 'IN-1',
        repairCardNo: 'RC-1',
      })
      .thenThrows('DSP-3', /findings \(cause analysis\) must be recorded before a take-back/);
  });

  it('DSP-4/QC-1: the product is taken back against a receipt, registered in, with a repair card and what QC needs', () => {
    given(diagnosed())
      .when(
        {
          type: 'TakeBackProduct',
          visitId: 'v1',
          receiptNo: 'R-001',
          registerEntryNo: 'IN-001',
          repairCardNo: 'RC-001',
        },
        minutesAfter(90),
      )
      .then([
        {
          type: 'ProductTakenBack',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            caseNumber: 'HZ-2026-000001',
            branch: 'HZ',
            engineerId: 'e1',
            receiptNo: 'R-001',
            registerEntryNo: 'IN-001',
            repairCardNo: 'RC-001',
            product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
            symptom: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP', findings: '真空断路器触头烧蚀' },
            takenBackAt: iso(minutesAfter(90)),
          },
        },
      ]);
  });

  it('DSP-4: a receipt number is required', () => {
    given(diagnosed())
      .when({
        type: 'TakeBackProduct',
        visitId: 'v1',
        receiptNo: '',
        registerEntryNo: 'IN-1',
        repairCardNo: 'RC-1',
      })
      .thenThrows('DSP-4', /the product receipt number is required/);
  });

  it('DSP-4: the repair card records hours and parts, each costed', () => {
    const events = given(takenBack())
      .when(
        {
          type: 'RecordRepairWork',
          visitId: 'v1',
          engineerId: 'w1',
          minutes: 90,
          parts: [{ partNo: 'CONTACT-3', qty: 2, unitCost: cny(12_000) }],
        },
        minutesAfter(24 * 60),
      )
      .events();
    expect(events.map((e) => e.type)).toEqual(['RepairCardEntryRecorded', 'CostIncurred', 'CostIncurred']);
    expect(events[0]).toMatchObject({ data: { repairCardNo: 'RC-001', engineerId: 'w1', minutes: 90 } });
    expect(events[1]).toMatchObject({
      data: { category: 'labour', amount: cny(18_000), costId: 'v1-cost-1' },
    });
    expect(events[2]).toMatchObject({
      data: { category: 'parts', amount: cny(24_000), costId: 'v1-cost-2' },
    });
  });

  it('DSP-4: a repair completes only with actual hours on the repair card', () => {
    given(takenBack())
      .when({ type: 'CompleteRepair', visitId: 'v1', outcome: 'fixed' })
      .thenThrows('DSP-4', /the repair card records the actual hours first/);
  });

  const repaired = () =>
    play(
      [
        [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 90 }, minutesAfter(24 * 60)],
        [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 30 }, minutesAfter(25 * 60)],
        [{ type: 'CompleteRepair', visitId: 'v1', outcome: '触头已更换, 试验合格' }, minutesAfter(26 * 60)],
      ],
      takenBack(),
    );

  it('DSP-4: the completed repair totals the repair card', () => {
    expect(repaired().at(-1)).toMatchObject({
      type: 'RepairCompleted',
      data: { repairCardNo: 'RC-001', totalMinutes: 120, parts: [] },
    });
  });

  it('DSP-4: the product returns only against the customer’s signature', () => {
    given(repaired())
      .when({ type: 'ReturnProductToCustomer', visitId: 'v1', registerEntryNo: 'OUT-1' })
      .thenThrows('DSP-4', /the customer's signature on return is required/);
    given(takenBack())
      .when({
        type: 'ReturnProductToCustomer',
        visitId: 'v1',
        registerEntryNo: 'OUT-1',
        signature: signature(),
      })
      .thenThrows('DSP-4', /cannot return the product: visit v1 is in-repair/);
  });

  it('DSP-4: on return the receipt is voided and the local return date recorded', () => {
    // 2026-03-03T17:00Z is 01:00 on 4 March in Hangzhou
    const at = new Date('2026-03-03T17:00:00Z');
    given(repaired())
      .when(
        {
          type: 'ReturnProductToCustomer',
          visitId: 'v1',
          registerEntryNo: 'OUT-1',
          signature: signature(at),
        },
        at,
      )
      .then([
        {
          type: 'ProductReturnedToCustomer',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            receiptNo: 'R-001',
            receiptVoided: true,
            registerEntryNo: 'OUT-1',
            signature: signature(at),
            returnedAt: iso(at),
            returnDate: '2026-03-04',
          },
        },
      ]);
  });
});

describe('promised repair dates and undispatched requests', () => {
  const promiseAt = new Date('2026-03-06T09:00:00Z');
  const promised = () =>
    play(
      [[{ type: 'PromiseRepairDate', visitId: 'v1', promisedBy: iso(promiseAt) }, minutesAfter(100)]],
      takenBack(),
    );

  it('DSP-5: a promise sets the escalation the configured lead time before it', () => {
    expect(promised().at(-1)).toEqual({
      type: 'RepairPromised',
      data: {
        visitId: 'v1',
        promisedBy: iso(promiseAt),
        escalateAt: '2026-03-05T09:00:00.000Z',
        promisedAt: iso(minutesAfter(100)),
      },
    });
  });

  it('DSP-5: a promise in the past is refused', () => {
    given(takenBack())
      .when({ type: 'PromiseRepairDate', visitId: 'v1', promisedBy: iso(T0) }, minutesAfter(100))
      .thenThrows('DSP-5', /a promised repair date lies in the future/);
  });

  it('DSP-5: a repair not done by the escalation instant goes to the service director, once', () => {
    const check = { type: 'CheckRepairEscalation', visitId: 'v1' } as const;
    given(promised()).when(check, new Date('2026-03-05T08:59:00Z')).then([]);
    const escalated = given(promised()).when(check, new Date('2026-03-05T09:00:00Z')).events();
    expect(escalated).toEqual([
      {
        type: 'RepairEscalated',
        data: {
          visitId: 'v1',
          caseId: 'c1',
          caseNumber: 'HZ-2026-000001',
          branch: 'HZ',
          promisedBy: iso(promiseAt),
          escalatedTo: 'service-director',
          escalatedAt: '2026-03-05T09:00:00.000Z',
        },
      },
    ]);
    given([...promised(), ...escalated])
      .when(check, new Date('2026-03-05T10:00:00Z'))
      .then([]);
  });

  it('DSP-5: a repair done in time is not escalated', () => {
    const done = play(
      [
        [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 60 }, minutesAfter(200)],
        [{ type: 'CompleteRepair', visitId: 'v1', outcome: 'ok' }, minutesAfter(300)],
      ],
      promised(),
    );
    given(done)
      .when({ type: 'CheckRepairEscalation', visitId: 'v1' }, new Date('2026-03-05T09:00:00Z'))
      .then([]);
  });

  it('DSP-5: an undispatched request is flagged for first dispatch next morning, once', () => {
    const flag = {
      type: 'FlagForMorningDispatch',
      visitId: 'v1',
      dispatchFirstAt: '2026-03-03T00:30:00.000Z',
    } as const;
    const flagged = given(opened()).when(flag, new Date('2026-03-02T09:30:00Z')).events();
    expect(flagged).toEqual([
      {
        type: 'RequestFlaggedForMorningDispatch',
        data: {
          visitId: 'v1',
          branch: 'HZ',
          flaggedAt: '2026-03-02T09:30:00.000Z',
          dispatchFirstAt: '2026-03-03T00:30:00.000Z',
        },
      },
    ]);
    given([...opened(), ...flagged])
      .when(flag)
      .then([]);
    given(assigned()).when(flag).then([]);
  });
});

describe('paid service and costs', () => {
  const paid = (): VisitEvent[] => diagnosed({ serviceClass: 'paid' });

  it('DSP-7: a fee is collected on site only for paid service (CLM-3)', () => {
    const collect = {
      type: 'CollectServiceFee',
      visitId: 'v1',
      amount: cny(20_000),
      receiptNo: 'F-1',
      collectedBy: 'e1',
    } as const;
    given(diagnosed({ serviceClass: 'free-warranty' }))
      .when(collect)
      .thenThrows('DSP-7', /visit v1 is free-warranty service, not paid \(CLM-3\)/);
    given(paid())
      .when(collect, minutesAfter(130))
      .then([
        {
          type: 'ServiceFeeCollected',
          data: {
            visitId: 'v1',
            caseId: 'c1',
            branch: 'HZ',
            amount: cny(20_000),
            receiptNo: 'F-1',
            collectedBy: 'e1',
            collectedAt: iso(minutesAfter(130)),
          },
        },
      ]);
  });

  it('DSP-7: otherwise an invoice is requested for the local day of service (FIN-5), not both', () => {
    const at = new Date('2026-03-02T16:30:00Z'); // 00:30 on 3 March in Hangzhou
    const invoice = {
      type: 'RequestInvoice',
      visitId: 'v1',
      amount: cny(50_000),
      description: '上门维修费',
    } as const;
    const requested = given(paid()).when(invoice, at).events();
    expect(requested).toEqual([
      {
        type: 'InvoiceRequested',
        data: {
          visitId: 'v1',
          caseId: 'c1',
          branch: 'HZ',
          amount: cny(50_000),
          description: '上门维修费',
          invoiceDate: '2026-03-03',
          requestedAt: iso(at),
        },
      },
    ]);
    given([...paid(), ...requested])
      .when({ type: 'CollectServiceFee', visitId: 'v1', amount: cny(1), receiptNo: 'F', collectedBy: 'e1' })
      .thenThrows('DSP-7', /visit v1 is already settled on site or invoiced/);
  });

  it('DSP-7: the service class recorded later decides', () => {
    const classified = play(
      [[{ type: 'RecordServiceClass', visitId: 'v1', serviceClass: 'paid' }, minutesAfter(95)]],
      diagnosed(),
    );
    const [event] = given(classified)
      .when({ type: 'RequestInvoice', visitId: 'v1', amount: cny(100), description: 'fee' })
      .events();
    expect(event.type).toBe('InvoiceRequested');
  });

  it.each([
    ['branch', 'branch'],
    ['head-office', 'head-office'],
  ] as const)('FIN-2: travel of %s staff is borne by %s', (staffHome, bearer) => {
    const [event] = given(arrived())
      .when({
        type: 'RecordCost',
        visitId: 'v1',
        costId: 'travel-1',
        category: 'travel',
        amount: cny(8_800),
        staffId: 'e1',
        staffHome,
        description: 'taxi',
      })
      .events();
    expect(event).toMatchObject({
      type: 'CostIncurred',
      data: { costId: 'travel-1', branch: 'HZ', category: 'travel', amount: cny(8_800), staffHome, bearer },
    });
  });

  it('FIN-1: a cost id is recorded once', () => {
    const cost = {
      type: 'RecordCost',
      visitId: 'v1',
      costId: 'acc-1',
      category: 'accommodation',
      amount: cny(30_000),
      staffId: 'e4',
      staffHome: 'head-office',
      description: 'hotel',
    } as const;
    given(play([[cost, minutesAfter(60)]], arrived()))
      .when(cost)
      .then([]);
  });

  it('FIN-9: fractional money is refused', () => {
    expect(() =>
      given(arrived())
        .when({
          type: 'RecordCost',
          visitId: 'v1',
          costId: 'a',
          category: 'allowance',
          amount: { amountMinor: 10.5, currency: 'CNY' },
          staffId: 'e1',
          staffHome: 'branch',
          description: 'meal',
        })
        .events(),
    ).toThrow(/integer/);
  });
});

describe('cancellation', () => {
  it('a cancelled request misses no deadline', () => {
    const cancelled = play(
      [[{ type: 'CancelVisit', visitId: 'v1', reason: 'resolved by phone' }, minutesAfter(10)]],
      opened(),
    );
    given(cancelled).when({ type: 'CheckArrivalDeadline', visitId: 'v1' }, minutesAfter(90)).then([]);
  });
});
