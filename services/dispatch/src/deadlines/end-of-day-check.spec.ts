import { calendarOf, branchPolicy } from '../dispatch-policy';
import { TEST_POLICY } from '../dispatch.fixtures';
import { endOfDayCheck, type OpenRequest } from './end-of-day-check';

const hz = calendarOf(branchPolicy(TEST_POLICY, 'HZ'));
const ber = calendarOf(branchPolicy(TEST_POLICY, 'BER'));

const requests: OpenRequest[] = [
  { visitId: 'late', openedAt: '2026-03-06T08:00:00Z', assigned: false },
  { visitId: 'done', openedAt: '2026-03-06T02:00:00Z', assigned: true },
  { visitId: 'early', openedAt: '2026-03-06T01:00:00Z', assigned: false },
];

describe('DSP-5 end-of-day check', () => {
  it('DSP-5: at Friday’s close in Hangzhou, undispatched requests go first on Monday 08:30', () => {
    // Friday 2026-03-06 17:30 in Hangzhou = 09:30Z
    const result = endOfDayCheck(requests, hz, new Date('2026-03-06T09:30:00Z'));
    expect(result).toEqual({
      outcome: 'checked',
      dispatchFirstAt: new Date('2026-03-09T00:30:00Z'),
      flags: [
        { type: 'FlagForMorningDispatch', visitId: 'early', dispatchFirstAt: '2026-03-09T00:30:00.000Z' },
        { type: 'FlagForMorningDispatch', visitId: 'late', dispatchFirstAt: '2026-03-09T00:30:00.000Z' },
      ],
      nextCheckAt: new Date('2026-03-09T09:30:00Z'),
    });
  });

  it('DSP-5: before the close (even in the lunch break) nothing is flagged', () => {
    // Friday 12:30 in Hangzhou
    expect(endOfDayCheck(requests, hz, new Date('2026-03-06T04:30:00Z'))).toEqual({
      outcome: 'day-not-over',
      nextCheckAt: new Date('2026-03-06T09:30:00Z'),
    });
  });

  it('DSP-5: the morning after a holiday is the next working day (Labour Day, Hangzhou)', () => {
    // Thursday 2026-04-30 17:30 in Hangzhou; 1 May is a holiday, then the weekend
    const result = endOfDayCheck(
      [{ visitId: 'v', openedAt: '2026-04-30T03:00:00Z', assigned: false }],
      hz,
      new Date('2026-04-30T09:30:00Z'),
    );
    expect(result).toMatchObject({
      outcome: 'checked',
      flags: [{ visitId: 'v', dispatchFirstAt: '2026-05-04T00:30:00.000Z' }],
    });
  });

  it('DSP-5: Berlin closes at 17:00 local, across Easter to Tuesday 08:00 CEST', () => {
    // Thursday 2026-04-02 17:00 CEST = 15:00Z; Good Friday and Easter Monday are holidays
    const result = endOfDayCheck(
      [{ visitId: 'v', openedAt: '2026-04-02T09:00:00Z', assigned: false }],
      ber,
      new Date('2026-04-02T15:00:00Z'),
    );
    expect(result).toMatchObject({
      outcome: 'checked',
      dispatchFirstAt: new Date('2026-04-07T06:00:00Z'),
      flags: [{ visitId: 'v', dispatchFirstAt: '2026-04-07T06:00:00.000Z' }],
      nextCheckAt: new Date('2026-04-07T15:00:00Z'),
    });
    // The same instant is 23:00 in Hangzhou, after its close: checked there too.
    expect(endOfDayCheck([], hz, new Date('2026-04-02T15:00:00Z')).outcome).toBe('checked');
  });

  it('DSP-5: a check delayed to the weekend or before the next opening still flags for the next morning', () => {
    const saturday = endOfDayCheck(requests, hz, new Date('2026-03-07T03:00:00Z'));
    expect(saturday).toMatchObject({ outcome: 'checked', dispatchFirstAt: new Date('2026-03-09T00:30:00Z') });
    const mondayDawn = endOfDayCheck(requests, hz, new Date('2026-03-08T22:00:00Z'));
    expect(mondayDawn).toMatchObject({
      outcome: 'checked',
      dispatchFirstAt: new Date('2026-03-09T00:30:00Z'),
    });
  });

  it('DSP-5: requests opened after the check are left for the next one', () => {
    const result = endOfDayCheck(
      [{ visitId: 'v', openedAt: '2026-03-06T10:00:00Z', assigned: false }],
      hz,
      new Date('2026-03-06T09:30:00Z'),
    );
    expect(result).toMatchObject({ flags: [] });
  });
});
