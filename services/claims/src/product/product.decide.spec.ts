import { givenWhenThen } from '@aftersales/cqrs';
import { NotFound } from '@aftersales/kernel';
import { productDecider, type ProductCommand } from './product.decider';
import type { ProductEvent } from './product.events';

const T0 = new Date('2026-06-01T02:00:00Z');
const given = givenWhenThen(
  productDecider,
  (now) => ({ now, noticeMonths: { maintenance: 1, software: 3 } }),
  T0,
);

const facts = {
  serial: 'SN-1',
  model: 'KYN28-12',
  customerId: 'cust-1',
  branch: 'HZ',
  deliveryDate: '2026-03-01',
  commissioningDate: '2026-03-15',
};
const register: ProductCommand = { type: 'RegisterProduct', source: 'import', ...facts };
const registered: ProductEvent = {
  type: 'ProductRegistered',
  data: { ...facts, source: 'import', registeredAt: T0.toISOString() },
};
const contract = (
  contractId: string,
  startsOn: string,
  endsOn: string,
  kind: 'maintenance' | 'software' = 'maintenance',
): ProductCommand => ({
  type: 'AddContract',
  serial: 'SN-1',
  contractId,
  kind,
  startsOn,
  endsOn,
});

describe('product registry', () => {
  it('CLM-1: registers a serial with its delivery and commissioning dates', () => {
    given([]).when(register).then([registered]);
  });
  it('CLM-1: a re-import of the same row appends nothing', () => {
    given([registered]).when(register).then([]);
  });
  it('CLM-1: commissioning before delivery is refused', () => {
    given([])
      .when({ ...register, commissioningDate: '2026-02-01' })
      .thenThrows('CLM-1', /commissioningDate 2026-02-01 is before deliveryDate 2026-03-01/);
  });
  it('CLM-1: intake fills in a missing date but never overwrites the registry', () => {
    const bare: ProductEvent = {
      type: 'ProductRegistered',
      data: {
        serial: 'SN-1',
        model: 'KYN28-12',
        customerId: 'cust-1',
        branch: 'HZ',
        source: 'import',
        registeredAt: T0.toISOString(),
      },
    };
    given([bare])
      .when({
        ...register,
        source: 'intake',
        model: 'OTHER',
        commissioningDate: '2026-03-15',
        deliveryDate: undefined,
      })
      .then([
        {
          type: 'ProductDetailsChanged',
          data: {
            serial: 'SN-1',
            model: 'KYN28-12',
            customerId: 'cust-1',
            branch: 'HZ',
            commissioningDate: '2026-03-15',
            source: 'intake',
            changedAt: T0.toISOString(),
          },
        },
      ]);
  });
  it('CLM-2: a maintenance contract is noticed one month before it expires', () => {
    given([registered])
      .when(contract('MC-1', '2028-03-15', '2029-03-14'))
      .then([
        {
          type: 'ContractAdded',
          data: {
            serial: 'SN-1',
            branch: 'HZ',
            contractId: 'MC-1',
            kind: 'maintenance',
            startsOn: '2028-03-15',
            endsOn: '2029-03-14',
            noticeOn: '2029-02-14',
            addedAt: T0.toISOString(),
          },
        },
      ]);
  });
  it('CLM-2: a software maintenance contract is noticed three months before', () => {
    const [e] = given([registered])
      .when(contract('SW-1', '2028-01-01', '2028-05-31', 'software'))
      .events();
    expect(e.data).toMatchObject({ noticeOn: '2028-02-29' });
  });
  it('CLM-2: overlapping contracts on one serial are refused', () => {
    const added = given([registered])
      .when(contract('MC-1', '2028-03-15', '2029-03-14'))
      .events();
    given([registered, ...added])
      .when(contract('MC-2', '2029-03-14', '2030-03-14'))
      .thenThrows('CLM-2', /overlaps MC-1/);
  });
  it('CLM-2: a contract on an unknown serial is not found', () => {
    given([])
      .when(contract('MC-1', '2028-03-15', '2029-03-14'))
      .thenThrows(NotFound);
  });
  it('CLM-2: the expiry notice is sent once', () => {
    const added = given([registered])
      .when(contract('MC-1', '2028-03-15', '2029-03-14'))
      .events();
    const notified = given([registered, ...added])
      .when({ type: 'NotifyContractExpiry', serial: 'SN-1', contractId: 'MC-1' })
      .events();
    expect(notified.map((e) => e.type)).toEqual(['ContractExpiryNotified']);
    given([registered, ...added, ...notified])
      .when({ type: 'NotifyContractExpiry', serial: 'SN-1', contractId: 'MC-1' })
      .then([]);
  });
  it('CLM-7: the replacement inherits the remaining warranty of the unit it replaces', () => {
    const [reg, link] = given([])
      .when({
        type: 'LinkReplacement',
        serial: 'SN-2',
        replaces: 'SN-1',
        inheritedStart: '2026-03-15',
        facts: { ...facts, serial: 'SN-2', commissioningDate: undefined, deliveryDate: undefined },
        rmaId: 'rma-1',
      })
      .events();
    expect(reg.type).toBe('ProductRegistered');
    expect(link.data).toMatchObject({ serial: 'SN-2', replaces: 'SN-1', warrantyStartsOn: '2026-03-15' });
  });
});
