import { dailyReport, hoursOf } from './daily-report';
import { TEST_POLICY } from '../dispatch.fixtures';
import type { VisitEvent } from '../visit/visit.events';
import { openCommand, play } from '../visit/visit.fixtures';

/** A whole Hangzhou day (Monday 2026-03-02, UTC+8) and a Berlin visit on the same UTC instants. */
function hangzhouDay(): VisitEvent[] {
  const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00+08:00`);
  return play([
    [openCommand({ urgency: 'emergency' }), at('09:00')],
    [{ type: 'AssignEngineer', visitId: 'v1', engineerId: 'e1', assignedBy: 'dispatcher' }, at('09:05')],
    [{ type: 'RecordDeparture', visitId: 'v1' }, at('09:10')],
    [{ type: 'CheckArrivalDeadline', visitId: 'v1' }, at('10:00')],
    [{ type: 'RecordArrival', visitId: 'v1' }, at('10:20')], // late: due 10:00
    [{ type: 'RecordFindings', visitId: 'v1', findings: '触头烧蚀' }, at('10:40')],
    [{ type: 'RecordLabour', visitId: 'v1', workKind: 'diagnosis', minutes: 30 }, at('10:50')],
    [
      {
        type: 'TakeBackProduct',
        visitId: 'v1',
        receiptNo: 'R-1',
        registerEntryNo: 'IN-1',
        repairCardNo: 'RC-1',
      },
      at('11:00'),
    ],
    [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 150 }, at('15:00')],
    // 23:30 local on 2 March; recorded on the 2nd in Hangzhou
    [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 60 }, at('23:30')],
    // 00:30 local on 3 March: the next day's report
    [{ type: 'RecordRepairWork', visitId: 'v1', engineerId: 'w1', minutes: 45 }, at('24:00')],
  ]);
}

describe('DSP-6 daily report', () => {
  it('DSP-6: per engineer, kinds of work and hours of the branch’s local day', () => {
    const report = dailyReport(hangzhouDay(), '2026-03-02', TEST_POLICY);
    expect(report.engineers).toEqual([
      {
        date: '2026-03-02',
        branch: 'HZ',
        engineerId: 'e1',
        minutesByKind: { travel: 70, diagnosis: 30 },
        totalMinutes: 100,
        arrivals: 1,
        lateArrivals: 1,
        visitsCompleted: 0,
        firstTimeFixes: 0,
        takenBack: 1,
      },
      {
        date: '2026-03-02',
        branch: 'HZ',
        engineerId: 'w1',
        minutesByKind: { 'workshop-repair': 210 },
        totalMinutes: 210,
        arrivals: 0,
        lateArrivals: 0,
        visitsCompleted: 0,
        firstTimeFixes: 0,
        takenBack: 0,
      },
    ]);
  });

  it('DSP-6: per branch, the director’s aggregate of the same day', () => {
    const [hz] = dailyReport(hangzhouDay(), '2026-03-02', TEST_POLICY).branches;
    expect(hz).toEqual({
      date: '2026-03-02',
      branch: 'HZ',
      minutesByKind: { travel: 70, diagnosis: 30, 'workshop-repair': 210 },
      totalMinutes: 310,
      engineersReporting: 2,
      requestsOpened: 1,
      arrivals: 1,
      lateArrivals: 1,
      arrivalDeadlinesMissed: 1,
      visitsCompleted: 0,
      firstTimeFixes: 0,
      takenBack: 1,
      repairsCompleted: 0,
      repairsEscalated: 0,
      flaggedForMorningDispatch: 0,
    });
    expect(hoursOf(hz.totalMinutes)).toBe(5.17);
  });

  it('DSP-6: work after local midnight belongs to the next day’s report', () => {
    const next = dailyReport(hangzhouDay(), '2026-03-03', TEST_POLICY);
    expect(next.engineers).toMatchObject([{ engineerId: 'w1', minutesByKind: { 'workshop-repair': 45 } }]);
  });

  it('DSP-6: each branch’s day is read in its own time zone', () => {
    // 22:50Z is 23:50 on 2 March in Berlin (CET) but 06:50 on 3 March in Hangzhou
    const berlin = play([
      [openCommand({ visitId: 'b1', caseId: 'cb', branch: 'BER' }), new Date('2026-03-02T22:00:00Z')],
      [
        { type: 'AssignEngineer', visitId: 'b1', engineerId: 'e3', assignedBy: 'dispatcher' },
        new Date('2026-03-02T22:05:00Z'),
      ],
      [{ type: 'RecordDeparture', visitId: 'b1' }, new Date('2026-03-02T22:10:00Z')],
      [{ type: 'RecordArrival', visitId: 'b1' }, new Date('2026-03-02T22:40:00Z')],
      [
        { type: 'RecordLabour', visitId: 'b1', workKind: 'on-site-repair', minutes: 50 },
        new Date('2026-03-02T22:50:00Z'),
      ],
    ]);
    const report = dailyReport([...hangzhouDay(), ...berlin], '2026-03-02', TEST_POLICY);
    expect(report.branches.map((b) => [b.branch, b.totalMinutes])).toEqual([
      ['BER', 80],
      ['HZ', 310],
    ]);
    expect(
      dailyReport([...hangzhouDay(), ...berlin], '2026-03-02', TEST_POLICY, ['BER']).branches,
    ).toHaveLength(1);
  });

  it('KPI-3: replaying the same log gives the same report', () => {
    const events = hangzhouDay();
    expect(dailyReport(events, '2026-03-02', TEST_POLICY)).toEqual(
      dailyReport([...events], '2026-03-02', TEST_POLICY),
    );
  });
});
