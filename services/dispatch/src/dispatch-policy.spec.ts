import {
  arrivalDue,
  branchPolicy,
  branchPolicyWithDefaults,
  calendarOf,
  checkBranchPolicy,
} from './dispatch-policy';
import { HZ_CALENDAR, TEST_POLICY } from './dispatch.fixtures';

const hz = branchPolicy(TEST_POLICY, 'HZ');
const ber = branchPolicy(TEST_POLICY, 'BER');
const at = (iso: string) => new Date(iso);

describe('DSP-2 arrival deadlines', () => {
  it.each([
    ['city', '2026-03-07T16:30:00.000Z'],
    ['suburbs', '2026-03-07T21:30:00.000Z'],
    ['province', '2026-03-07T21:30:00.000Z'],
    ['outside-province', '2026-03-08T03:30:00.000Z'],
  ] as const)(
    'DSP-2: an emergency in zone %s is due from acceptance in plain hours, night and weekend included',
    (zone, due) => {
      // Saturday 23:30 in Hangzhou
      const result = arrivalDue(hz, { zone, urgency: 'emergency', acceptedAt: at('2026-03-07T15:30:00Z') });
      expect(result).toMatchObject({ status: 'due', dueAt: at(due) });
    },
  );

  it('DSP-2: a standard visit waits for confirmation with the customer, then is due 12 h later', () => {
    const accepted = {
      zone: 'province' as const,
      urgency: 'standard' as const,
      acceptedAt: at('2026-03-02T01:00:00Z'),
    };
    expect(arrivalDue(hz, accepted)).toMatchObject({ status: 'awaiting-confirmation' });
    expect(arrivalDue(hz, { ...accepted, confirmedAt: at('2026-03-02T10:00:00Z') })).toMatchObject({
      status: 'due',
      dueAt: at('2026-03-02T22:00:00Z'),
    });
  });

  describe('DSP-2: scheduled repair calls count working hours of the branch calendar', () => {
    it('DSP-2: Hangzhou, city, 6 working hours across a night (Mon 16:00 → Tue 14:30 local)', () => {
      const r = arrivalDue(hz, {
        zone: 'city',
        urgency: 'scheduled',
        acceptedAt: at('2026-03-02T08:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-03-03T06:30:00Z') });
    });

    it('DSP-2: Hangzhou, suburbs, 7 working hours across a weekend (Fri 17:00 → Mon 16:30 local)', () => {
      const r = arrivalDue(hz, {
        zone: 'suburbs',
        urgency: 'scheduled',
        acceptedAt: at('2026-03-06T09:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-03-09T08:30:00Z') });
    });

    it('DSP-2: Hangzhou, city, across Labour Day and a weekend (Thu 15:00 → Mon 12:00 local)', () => {
      const r = arrivalDue(hz, {
        zone: 'city',
        urgency: 'scheduled',
        acceptedAt: at('2026-04-30T07:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-05-04T04:00:00Z') });
    });

    it('DSP-2: Hangzhou, accepted at night: the clock starts at the next opening (Tue 02:00 → Tue 16:00 local)', () => {
      const r = arrivalDue(hz, {
        zone: 'city',
        urgency: 'scheduled',
        acceptedAt: at('2026-03-02T18:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-03-03T08:00:00Z') });
    });

    it('DSP-2: Berlin, city, across Good Friday, Easter weekend and Easter Monday (Thu 15:00 → Tue 12:00 CEST)', () => {
      const r = arrivalDue(ber, {
        zone: 'city',
        urgency: 'scheduled',
        acceptedAt: at('2026-04-02T13:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-04-07T10:00:00Z') });
    });

    it('DSP-2: Berlin, suburbs, across the weekend of the DST switch (Fri 16:00 CET → Mon 15:00 CEST)', () => {
      const r = arrivalDue(ber, {
        zone: 'suburbs',
        urgency: 'scheduled',
        acceptedAt: at('2026-03-27T15:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-03-30T13:00:00Z') });
    });

    it('DSP-2: the same instant gives different deadlines in two time zones', () => {
      const request = {
        zone: 'city' as const,
        urgency: 'scheduled' as const,
        acceptedAt: at('2026-03-04T08:00:00Z'),
      };
      // Hangzhou Wed 16:00 → Thu 14:30 local; Berlin Wed 09:00 → Wed 16:00 local
      expect(arrivalDue(hz, request)).toMatchObject({ dueAt: at('2026-03-05T06:30:00Z') });
      expect(arrivalDue(ber, request)).toMatchObject({ dueAt: at('2026-03-04T15:00:00Z') });
    });

    it('DSP-2: a scheduled call beyond the suburbs falls back to the standard 12 h from confirmation', () => {
      const r = arrivalDue(hz, {
        zone: 'province',
        urgency: 'scheduled',
        acceptedAt: at('2026-03-02T01:00:00Z'),
        confirmedAt: at('2026-03-02T02:00:00Z'),
      });
      expect(r).toMatchObject({ status: 'due', dueAt: at('2026-03-02T14:00:00Z') });
    });
  });

  it('DSP-2: hours are branch configuration, not code', () => {
    const custom = branchPolicyWithDefaults('HZ', HZ_CALENDAR, {
      arrivalRules: [
        {
          urgencies: ['emergency'],
          minutes: 90,
          counted: 'calendar-time',
          from: 'accepted',
          source: 'contract',
        },
      ],
    });
    expect(
      arrivalDue(custom, { zone: 'city', urgency: 'emergency', acceptedAt: at('2026-03-02T01:00:00Z') }),
    ).toMatchObject({ status: 'due', dueAt: at('2026-03-02T02:30:00Z'), rule: { source: 'contract' } });
    expect(
      arrivalDue(custom, { zone: 'city', urgency: 'scheduled', acceptedAt: at('2026-03-02T01:00:00Z') }),
    ).toEqual({ status: 'no-rule' });
  });

  it('builds one calendar per branch configuration', () => {
    expect(calendarOf(hz)).toBe(calendarOf(hz));
    expect(calendarOf(hz).timeZone).toBe('Asia/Shanghai');
  });

  it('DSP-2: the default rules cover every urgency and zone', () => {
    expect(checkBranchPolicy(hz)).toEqual({ uncovered: [] });
  });

  it('DSP-2: a branch configuration with a bad number or calendar is refused at load time', () => {
    const rule = {
      urgencies: ['emergency' as const],
      minutes: 0,
      counted: 'calendar-time' as const,
      from: 'accepted' as const,
      source: 'x',
    };
    expect(() =>
      checkBranchPolicy(branchPolicyWithDefaults('HZ', HZ_CALENDAR, { arrivalRules: [rule] })),
    ).toThrow(/minutes/);
    expect(() =>
      checkBranchPolicy(branchPolicyWithDefaults('HZ', { ...HZ_CALENDAR, timeZone: 'Mars/Olympus' })),
    ).toThrow();
    expect(
      checkBranchPolicy(
        branchPolicyWithDefaults('HZ', HZ_CALENDAR, { arrivalRules: [{ ...rule, minutes: 60 }] }),
      ).uncovered,
    ).toContain('standard/city');
  });
});
