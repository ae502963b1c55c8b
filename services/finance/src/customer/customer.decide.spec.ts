import { givenWhenThen } from '@aftersales/cqrs';
import { OFFICER, T0, at } from '../ledger/ledger.fixtures';
import { customerDecider, overLimit, type CustomerCommand } from './customer.decider';

const given = givenWhenThen(customerDecider, (now) => ({ now, currency: 'CNY' }), T0);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const terms: CustomerCommand = {
  type: 'SetCustomerTerms',
  customerId: 'cust-1',
  purchased: cny(1_000_000),
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  exchangeLimitBp: 500,
  by: OFFICER,
};
const returned = (rmaId: string, amountMinor: number): CustomerCommand => ({
  type: 'RecordExchangedValue',
  customerId: 'cust-1',
  rmaId,
  amount: cny(amountMinor),
  sourceEventId: `evt-${rmaId}`,
});

describe('per-customer totals (FIN-7)', () => {
  it('FIN-7: returned value adds to the exchanged total against purchases; a customer over its limit is flagged', () => {
    const history = [...given([]).when(terms).events()];
    history.push(...given(history).when(returned('rma-1', 30_000)).events());
    const over = given(history).when(returned('rma-2', 20_001)).events();
    expect(over).toEqual([
      {
        type: 'ExchangedValueRecorded',
        data: {
          customerId: 'cust-1',
          rmaId: 'rma-2',
          amount: cny(20_001),
          sourceEventId: 'evt-rma-2',
          totals: {
            purchased: cny(1_000_000),
            exchanged: cny(50_001),
            periodFrom: '2026-01-01',
            periodTo: '2026-12-31',
            exchangeLimitBp: 500,
          },
          at,
        },
      },
    ]);
    expect(overLimit(history.at(-1)!.data.totals)).toBe(false);
    expect(overLimit(over[0].data.totals)).toBe(true);
  });

  it('FIN-7: a return is counted once', () => {
    const history = given([]).when(returned('rma-1', 100)).events();
    given(history).when(returned('rma-1', 100)).then([]);
  });

  it('FIN-9: purchases in another currency are refused', () => {
    given([])
      .when({ ...terms, purchased: { amountMinor: 5, currency: 'EUR' } } as CustomerCommand)
      .thenThrows('FIN-9', /not EUR/);
  });
});
