import { Conflict, NotFound } from '@aftersales/kernel';
import type { EngineerEvent } from './engineer.events';
import { isOnLeave } from './engineer.state';
import { engineerRegistered, givenEngineer, registerEngineerCommand, T0 } from './engineer.fixtures';

const withStock = (): EngineerEvent[] => [
  ...engineerRegistered(),
  {
    type: 'PartsReceived',
    data: {
      engineerId: 'e1',
      lines: [
        { partNo: 'P-100', qty: 2 },
        { partNo: 'P-200', qty: 1 },
      ],
      reference: 'ISS-1',
      receivedAt: T0.toISOString(),
    },
  },
];

describe('a new engineer', () => {
  it('DSP-1: is registered for one branch with product-line skills and a FIN-2 home', () => {
    givenEngineer([])
      .when(
        registerEngineerCommand({ skills: ['switchgear', ' breakers ', 'switchgear'], home: 'head-office' }),
      )
      .then([
        {
          type: 'EngineerRegistered',
          data: {
            engineerId: 'e1',
            branch: 'HZ',
            home: 'head-office',
            skills: ['breakers', 'switchgear'],
            baseZone: 'city',
            registeredAt: T0.toISOString(),
          },
        },
      ]);
  });

  it('DSP-1: an engineer without any skill cannot be registered', () => {
    givenEngineer([])
      .when(registerEngineerCommand({ skills: [' '] }))
      .thenThrows('DSP-1', /an engineer has at least one product-line skill/);
  });

  it('is registered once', () => {
    givenEngineer(engineerRegistered()).when(registerEngineerCommand()).thenThrows(Conflict);
  });

  it('an unknown engineer cannot change', () => {
    givenEngineer([])
      .when({ type: 'ChangeSkills', engineerId: 'e9', skills: ['x'], reason: 'r' })
      .thenThrows(NotFound);
  });
});

describe('a registered engineer', () => {
  it('DSP-1: skills change with a reason; the same skills again change nothing', () => {
    givenEngineer(engineerRegistered())
      .when({
        type: 'ChangeSkills',
        engineerId: 'e1',
        skills: ['switchgear', 'transformers'],
        reason: 'trained',
      })
      .then([
        {
          type: 'EngineerSkillsChanged',
          data: {
            engineerId: 'e1',
            from: ['switchgear'],
            to: ['switchgear', 'transformers'],
            reason: 'trained',
          },
        },
      ]);
    givenEngineer(engineerRegistered())
      .when({ type: 'ChangeSkills', engineerId: 'e1', skills: ['switchgear'], reason: 'none' })
      .then([]);
  });

  it('DSP-1: leave makes the engineer unavailable for its period; available again ends it', () => {
    const leave = givenEngineer(engineerRegistered())
      .when({
        type: 'SetAvailability',
        engineerId: 'e1',
        availability: 'on-leave',
        from: '2026-03-03T00:00:00.000Z',
        reason: 'annual leave',
      })
      .events();
    const onLeave = givenEngineer([...engineerRegistered(), ...leave]);
    if (!onLeave.state.exists) throw new Error('expected engineer');
    expect(isOnLeave(onLeave.state.leave, new Date('2026-03-02T23:59:00Z'))).toBe(false);
    expect(isOnLeave(onLeave.state.leave, new Date('2026-03-10T00:00:00Z'))).toBe(true);

    const back = onLeave
      .when({
        type: 'SetAvailability',
        engineerId: 'e1',
        availability: 'available',
        from: '2026-03-05T00:00:00Z',
      })
      .events();
    const available = givenEngineer([...engineerRegistered(), ...leave, ...back]);
    if (!available.state.exists) throw new Error('expected engineer');
    expect(isOnLeave(available.state.leave, new Date('2026-03-04T00:00:00Z'))).toBe(true);
    expect(isOnLeave(available.state.leave, new Date('2026-03-05T00:00:00Z'))).toBe(false);
  });

  it('DSP-1: a leave ending before it starts is refused', () => {
    givenEngineer(engineerRegistered())
      .when({
        type: 'SetAvailability',
        engineerId: 'e1',
        availability: 'on-leave',
        from: '2026-03-03T00:00:00Z',
        until: '2026-03-02T00:00:00Z',
        reason: 'x',
      })
      .thenThrows('DSP-1', /a leave needs a valid start before its end/);
  });

  it('DSP-3: receives parts into stock', () => {
    const state = givenEngineer(withStock()).state;
    expect(state.exists && state.stock).toEqual({ 'P-100': 2, 'P-200': 1 });
  });

  it('DSP-3: parts used on a visit are taken from stock', () => {
    givenEngineer(withStock())
      .when({
        type: 'UseParts',
        engineerId: 'e1',
        usageId: 'u1',
        visitId: 'v1',
        lines: [{ partNo: 'P-100', qty: 2 }],
      })
      .then([
        {
          type: 'PartsUsed',
          data: {
            engineerId: 'e1',
            usageId: 'u1',
            visitId: 'v1',
            lines: [{ partNo: 'P-100', qty: 2 }],
            usedAt: T0.toISOString(),
          },
        },
      ]);
  });

  it('DSP-3: a use recorded leaves the stock lower, and what is gone cannot be used again', () => {
    const use = (usageId: string, qty: number) =>
      ({
        type: 'UseParts',
        engineerId: 'e1',
        usageId,
        visitId: 'v1',
        lines: [{ partNo: 'P-100', qty }],
      }) as const;
    const history = [...withStock(), ...givenEngineer(withStock()).when(use('u1', 2)).events()];
    expect(givenEngineer(history).state).toMatchObject({
      stock: { 'P-100': 0, 'P-200': 1 },
      usageIds: ['u1'],
    });
    givenEngineer(history)
      .when(use('u2', 1))
      .thenThrows('DSP-3', /has 0 of P-100, 1 used/);
    givenEngineer(history).when(use('u1', 2)).then([]); // the same use again takes nothing
  });

  it('DSP-3: stock never goes below zero, also across lines of the same part', () => {
    givenEngineer(withStock())
      .when({
        type: 'UseParts',
        engineerId: 'e1',
        usageId: 'u1',
        visitId: 'v1',
        lines: [{ partNo: 'P-200', qty: 2 }],
      })
      .thenThrows('DSP-3', /engineer e1 has 1 of P-200, 2 used/);
    givenEngineer(withStock())
      .when({
        type: 'UseParts',
        engineerId: 'e1',
        usageId: 'u1',
        visitId: 'v1',
        lines: [
          { partNo: 'P-100', qty: 2 },
          { partNo: 'P-100', qty: 1 },
        ],
      })
      .thenThrows('DSP-3', /engineer e1 has 2 of P-100, 3 used/);
    givenEngineer(withStock())
      .when({
        type: 'UseParts',
        engineerId: 'e1',
        usageId: 'u1',
        visitId: 'v1',
        lines: [{ partNo: 'P-999', qty: 1 }],
      })
      .thenThrows('DSP-3', /engineer e1 has 0 of P-999, 1 used/);
  });

  it('DSP-3: parts of one use are taken once (redelivery takes nothing)', () => {
    const use = {
      type: 'UseParts',
      engineerId: 'e1',
      usageId: 'u1',
      visitId: 'v1',
      lines: [{ partNo: 'P-100', qty: 1 }],
    } as const;
    const used = givenEngineer(withStock()).when(use).events();
    givenEngineer([...withStock(), ...used])
      .when(use)
      .then([]);
  });

  it('DSP-3: quantities are positive integers', () => {
    givenEngineer(withStock())
      .when({
        type: 'UseParts',
        engineerId: 'e1',
        usageId: 'u1',
        visitId: 'v1',
        lines: [{ partNo: 'P-100', qty: 0.5 }],
      })
      .thenThrows('DSP-3', /quantity of P-100 must be a positive integer, got 0\.5/);
  });

  it('DSP-1: a deactivated engineer is deactivated once', () => {
    const off = givenEngineer(engineerRegistered())
      .when({ type: 'DeactivateEngineer', engineerId: 'e1', reason: 'left the company' })
      .events();
    expect(off).toHaveLength(1);
    givenEngineer([...engineerRegistered(), ...off])
      .when({ type: 'DeactivateEngineer', engineerId: 'e1', reason: 'again' })
      .then([]);
  });
});
