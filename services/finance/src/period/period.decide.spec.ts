import { givenWhenThen } from '@aftersales/cqrs';
import { approve, at, costCommand, history, OFFICER, T0, attribute, dept } from '../ledger/ledger.fixtures';
import { ledgerDecider } from '../ledger/ledger.decider';
import { periodDecider, type ClosePeriod } from './period.decider';

const given = givenWhenThen(periodDecider, (now) => ({ now, timeZone: 'Asia/Shanghai' }), T0);
const close = (period: string): ClosePeriod => ({ type: 'ClosePeriod', branch: 'HZ', period, by: OFFICER });

describe('monthly settlement (FIN-8)', () => {
  it('FIN-8: an ended month is closed for the branch, once', () => {
    const closed = {
      type: 'PeriodClosed' as const,
      data: { branch: 'HZ', period: '2026-02', closedBy: OFFICER, closedAt: at },
    };
    given([]).when(close('2026-02')).then([closed]);
    given([closed]).when(close('2026-02')).then([]);
  });

  it('FIN-8: the running month cannot be closed', () => {
    // T0 is 2026-03-02 09:00 in Hangzhou.
    given([])
      .when(close('2026-03'))
      .thenThrows('FIN-8', /has not ended/);
  });

  it('FIN-8: a posting into a closed period is refused; corrections land in the open month', () => {
    const closedCtx = givenWhenThen(
      ledgerDecider,
      (now) => ({ now, currency: 'CNY', period: '2026-02', periodClosed: true }),
      T0,
    );
    const recorded = history([costCommand()]);
    closedCtx(recorded)
      .when(approve())
      .thenThrows('FIN-8', /2026-02 is closed for HZ/);
    const openCtx = givenWhenThen(
      ledgerDecider,
      (now) => ({ now, currency: 'CNY', period: '2026-03', periodClosed: false }),
      T0,
    );
    const events = openCtx(history([costCommand(), approve()]))
      .when(attribute('a1', [dept('assembly', 10_000)]))
      .events();
    expect(events.flatMap((e) => (e.type === 'EntryPosted' ? [e.data.period] : []))).toEqual(['2026-03']);
  });
});
