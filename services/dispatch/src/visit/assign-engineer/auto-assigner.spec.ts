import {
  assignCommandOf,
  autoAssign,
  dispatchOrder,
  type DispatchRequest,
  type EngineerCandidate,
} from './auto-assigner';
import { branchPolicy, branchPolicyWithDefaults } from '../../dispatch-policy';
import { HZ_CALENDAR, TEST_POLICY } from '../../dispatch.fixtures';

const hz = branchPolicy(TEST_POLICY, 'HZ');

const engineer = (overrides: Partial<EngineerCandidate> & { engineerId: string }): EngineerCandidate => ({
  branch: 'HZ',
  skills: ['switchgear'],
  active: true,
  leave: [],
  baseZone: 'city',
  openVisits: 0,
  ...overrides,
});

/** Monday 10:00 in Hangzhou. */
const MON_10 = new Date('2026-03-02T02:00:00Z');

const request = (overrides: Partial<DispatchRequest> = {}): DispatchRequest => ({
  visitId: 'v1',
  branch: 'HZ',
  productLine: 'switchgear',
  zone: 'suburbs',
  urgency: 'standard',
  at: MON_10,
  ...overrides,
});

const FIXTURE: EngineerCandidate[] = [
  engineer({ engineerId: 'zhang', openVisits: 2 }),
  engineer({ engineerId: 'li', openVisits: 1, baseZone: 'province' }),
  engineer({ engineerId: 'wang', openVisits: 1, baseZone: 'suburbs' }),
  engineer({ engineerId: 'zhao', openVisits: 0, skills: ['transformers'] }),
  engineer({ engineerId: 'berlin', openVisits: 0, branch: 'BER' }),
  engineer({ engineerId: 'chen', openVisits: 0, active: false }),
  engineer({
    engineerId: 'sun',
    openVisits: 0,
    leave: [{ from: '2026-03-01T00:00:00.000Z', until: '2026-03-03T00:00:00.000Z' }],
  }),
];

describe('auto-assigner', () => {
  it('DSP-1: picks, among skilled and available engineers of the branch, the least loaded, then the nearest zone', () => {
    const result = autoAssign(request(), FIXTURE, hz);
    expect(result).toMatchObject({ outcome: 'assigned', engineerId: 'wang' });
    expect(result.reason).toContain('least load (1 open visits)');
    expect(result.reason).toContain('zone distance 0');
  });

  it('DSP-1: explains why each engineer was passed over', () => {
    const why = Object.fromEntries(
      autoAssign(request(), FIXTURE, hz).considered.map((c) => [c.engineerId, c.why]),
    );
    expect(why).toMatchObject({
      zhao: 'no skill for switchgear',
      berlin: 'of branch BER (DSP-1, ORG-1)',
      chen: 'inactive',
      sun: 'on leave at 2026-03-02T02:00:00.000Z',
      wang: 'eligible',
    });
  });

  it('DSP-1: least load wins over zone distance', () => {
    const result = autoAssign(
      request({ zone: 'city' }),
      [
        engineer({ engineerId: 'near', openVisits: 3 }),
        engineer({ engineerId: 'far', openVisits: 1, baseZone: 'outside-province' }),
      ],
      hz,
    );
    expect(result).toMatchObject({ outcome: 'assigned', engineerId: 'far' });
  });

  it('DSP-1: a full tie is broken by engineer id, so replay picks the same engineer', () => {
    const tied = [engineer({ engineerId: 'b' }), engineer({ engineerId: 'a' })];
    expect(autoAssign(request(), tied, hz)).toMatchObject({ engineerId: 'a' });
    expect(autoAssign(request(), [...tied].reverse(), hz)).toMatchObject({ engineerId: 'a' });
    expect(autoAssign(request(), tied, hz).reason).toContain('tie broken by id');
  });

  it('DSP-1: an engineer back from leave by the next working start is available for a standard request', () => {
    // Monday 20:00 in Hangzhou: needed from Tuesday 08:30, when sun's leave has ended.
    const evening = request({ at: new Date('2026-03-02T12:00:00Z') });
    const only = FIXTURE.filter((e) => e.engineerId === 'sun');
    expect(autoAssign(evening, only, hz)).toMatchObject({ outcome: 'assigned', engineerId: 'sun' });
    expect(autoAssign({ ...evening, urgency: 'emergency' }, only, hz)).toMatchObject({
      outcome: 'no-engineer-available',
    });
  });

  it('DSP-1: nobody skilled and available gives a no-engineer-available result, not an exception', () => {
    const result = autoAssign(request({ productLine: 'meters' }), FIXTURE, hz);
    expect(result.outcome).toBe('no-engineer-available');
    expect(assignCommandOf(request(), result)).toBeUndefined();
  });

  it('DSP-1: the maximum load per engineer is branch configuration', () => {
    const capped = branchPolicyWithDefaults('HZ', HZ_CALENDAR, { maxOpenVisitsPerEngineer: 1 });
    const result = autoAssign(request(), FIXTURE, capped);
    expect(result.outcome).toBe('no-engineer-available');
  });

  it('DSP-1: the choice becomes an AssignEngineer command by the auto-assigner with its reason', () => {
    const result = autoAssign(request(), FIXTURE, hz);
    expect(assignCommandOf(request(), result)).toEqual({
      type: 'AssignEngineer',
      visitId: 'v1',
      engineerId: 'wang',
      assignedBy: 'auto-assigner',
      reason: result.outcome === 'assigned' ? result.reason : '',
    });
  });
});

describe('dispatch order', () => {
  it('DSP-5: requests left from the day before go first after emergencies', () => {
    const order = dispatchOrder([
      { visitId: 'new', urgency: 'standard', openedAt: '2026-03-03T00:10:00Z', flaggedForMorning: false },
      { visitId: 'left', urgency: 'standard', openedAt: '2026-03-02T08:00:00Z', flaggedForMorning: true },
      { visitId: 'fire', urgency: 'emergency', openedAt: '2026-03-03T00:20:00Z', flaggedForMorning: false },
      {
        visitId: 'due-soon',
        urgency: 'scheduled',
        openedAt: '2026-03-03T00:15:00Z',
        flaggedForMorning: false,
        arrivalDueAt: '2026-03-03T04:00:00Z',
      },
    ]);
    expect(order.map((r) => r.visitId)).toEqual(['fire', 'left', 'due-soon', 'new']);
  });
});
