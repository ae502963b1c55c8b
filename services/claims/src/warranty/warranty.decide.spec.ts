import { givenWhenThen } from '@aftersales/cqrs';
import { fold } from '@aftersales/cqrs';
import { productDecider, type ProductState } from '../product/product.decider';
import type { ProductEvent } from '../product/product.events';
import { warrantyDecider, type WarrantyCommand } from './warranty.decider';
import type { WarrantyEvent } from './warranty.events';

const policy = { fullYears: 2, extendedYears: 3 };
const ZONE = 'Asia/Shanghai'; // UTC+8: 16:30 UTC is already the next day there
const T0 = new Date('2028-03-14T02:00:00Z');
const given = givenWhenThen(warrantyDecider, (now) => ({ now, policy }), T0);

const product = (events: ProductEvent[] = []): ProductState =>
  fold(productDecider, [
    {
      type: 'ProductRegistered',
      data: {
        serial: 'SN-1',
        model: 'KYN28-12',
        customerId: 'cust-1',
        branch: 'HZ',
        deliveryDate: '2026-03-01',
        commissioningDate: '2026-03-15',
        source: 'import',
        registeredAt: '2026-03-01T00:00:00.000Z',
      },
    },
    ...events,
  ]);

const noted = (registeredAt: string, customerDamage = false): WarrantyEvent => ({
  type: 'CaseNoted',
  data: {
    caseId: 'c1',
    branch: 'HZ',
    serial: 'SN-1',
    model: 'KYN28-12',
    kind: 'quality-complaint',
    problem: 'breaker trips',
    registeredAt,
    customerDamage,
  },
});
const assess = (p: ProductState = product()): WarrantyCommand => ({
  type: 'AssessWarranty',
  caseId: 'c1',
  product: p,
  timeZone: ZONE,
});
const standingOf = (registeredAt: string, p?: ProductState) => {
  const [e] = given([noted(registeredAt)])
    .when(assess(p))
    .events();
  return e.type === 'WarrantyAssessed' ? [e.data.standing, e.data.serviceClass, e.data.serviceOn] : [];
};

describe('warranty assessment, counted in the branch time zone (Asia/Shanghai)', () => {
  // Commissioned 2026-03-15: full warranty through 2028-03-14, free repairs through 2031-03-14.
  it('CLM-1: the day before the end of the full warranty is full warranty', () => {
    expect(standingOf('2028-03-13T03:00:00Z')).toEqual(['full-warranty', 'free-warranty', '2028-03-13']);
  });
  it('CLM-1: the last day of the full warranty is still full warranty (late evening, local)', () => {
    expect(standingOf('2028-03-14T15:30:00Z')).toEqual(['full-warranty', 'free-warranty', '2028-03-14']);
  });
  it('CLM-1: the day after is the extended free-repair window, although it is still the 14th in UTC', () => {
    expect(standingOf('2028-03-14T16:30:00Z')).toEqual(['extended-repair', 'free-warranty', '2028-03-15']);
  });
  it('CLM-1: the day before the end of the extended window is a free repair', () => {
    expect(standingOf('2031-03-13T03:00:00Z')).toEqual(['extended-repair', 'free-warranty', '2031-03-13']);
  });
  it('CLM-1: the last day of the extended window is a free repair', () => {
    expect(standingOf('2031-03-14T15:59:00Z')).toEqual(['extended-repair', 'free-warranty', '2031-03-14']);
  });
  it('CLM-1: the day after the extended window is out of warranty and paid', () => {
    expect(standingOf('2031-03-14T16:00:00Z')).toEqual(['out-of-warranty', 'paid', '2031-03-15']);
  });
  it('CLM-1: without a commissioning date the warranty counts from delivery', () => {
    const delivered = fold(productDecider, [
      {
        type: 'ProductRegistered',
        data: {
          serial: 'SN-1',
          model: 'KYN28-12',
          customerId: 'cust-1',
          branch: 'HZ',
          deliveryDate: '2026-03-01',
          source: 'import',
          registeredAt: '2026-03-01T00:00:00.000Z',
        },
      },
    ] as ProductEvent[]);
    expect(standingOf('2028-03-01T03:00:00Z', delivered)).toEqual([
      'extended-repair',
      'free-warranty',
      '2028-03-01',
    ]);
  });
  it('CLM-1: human damage (intake non-quality case) is not covered, even in the full warranty', () => {
    given([noted('2027-01-10T03:00:00Z', true)])
      .when(assess())
      .then([
        {
          type: 'WarrantyAssessed',
          data: {
            caseId: 'c1',
            branch: 'HZ',
            serial: 'SN-1',
            standing: 'full-warranty',
            warrantyStartsOn: '2026-03-15',
            fullUntil: '2028-03-14',
            extendedUntil: '2031-03-14',
            serviceOn: '2027-01-10',
            humanDamage: true,
            serviceClass: 'paid',
            reason: 'human damage is not covered (CLM-1)',
            assessedAt: T0.toISOString(),
          },
        },
        {
          type: 'ServiceClassified',
          data: {
            caseId: 'c1',
            branch: 'HZ',
            serial: 'SN-1',
            serviceClass: 'paid',
            reason: 'human damage is not covered (CLM-1)',
            classifiedAt: T0.toISOString(),
          },
        },
      ]);
  });
  it('CLM-3: an unknown serial is classified paid, named unregistered', () => {
    const [e] = given([noted('2027-01-10T03:00:00Z')])
      .when(assess({ exists: false }))
      .events();
    expect(e.data).toMatchObject({
      standing: 'unregistered',
      serviceClass: 'paid',
      reason: 'serial not in the registry',
    });
  });
  it('CLM-3: out of warranty but inside a maintenance contract is contract service (CLM-2)', () => {
    const withContract = product([
      {
        type: 'ContractAdded',
        data: {
          serial: 'SN-1',
          branch: 'HZ',
          contractId: 'MC-1',
          kind: 'maintenance',
          startsOn: '2031-03-15',
          endsOn: '2032-03-14',
          noticeOn: '2032-02-14',
          addedAt: T0.toISOString(),
        },
      },
    ]);
    const [e] = given([noted('2031-06-01T03:00:00Z')])
      .when(assess(withContract))
      .events();
    expect(e.data).toMatchObject({
      standing: 'out-of-warranty',
      serviceClass: 'contract',
      contractId: 'MC-1',
    });
  });
  it('CLM-3: a later attribution to the customer re-assesses and states the class it corrects', () => {
    const first = given([noted('2027-01-10T03:00:00Z')])
      .when(assess())
      .events();
    const attributed = given([noted('2027-01-10T03:00:00Z'), ...first])
      .when({
        type: 'NoteAttribution',
        caseId: 'c1',
        inspectionId: 'i1',
        attributionId: 'a1',
        shares: [{ partyKey: 'customer', kind: 'customer', shareBp: 10_000 }],
      })
      .events();
    const [e] = given([noted('2027-01-10T03:00:00Z'), ...first, ...attributed])
      .when(assess())
      .events();
    expect(e.data).toMatchObject({ serviceClass: 'paid', humanDamage: true, corrects: 'free-warranty' });
  });
  it('FIN-4: a customer share in the attribution makes the service paid (billed to the customer)', () => {
    const attributed = given([noted('2027-01-10T03:00:00Z')])
      .when({
        type: 'NoteAttribution',
        caseId: 'c1',
        inspectionId: 'i1',
        attributionId: 'a1',
        shares: [
          { partyKey: 'customer', kind: 'customer', shareBp: 5000 },
          { partyKey: 'supplier:S1', kind: 'supplier', supplierId: 'S1', shareBp: 5000 },
        ],
      })
      .events();
    const [e] = given([noted('2027-01-10T03:00:00Z'), ...attributed])
      .when(assess())
      .events();
    expect(e.data).toMatchObject({ serviceClass: 'paid', humanDamage: true });
  });
  it('CLM-5: parts a free-warranty visit replaced are due back; more than are due cannot be recovered', () => {
    const history = [
      noted('2027-01-10T03:00:00Z'),
      ...given([noted('2027-01-10T03:00:00Z')])
        .when(assess())
        .events(),
    ];
    const visit = given(history)
      .when({
        type: 'NoteVisit',
        caseId: 'c1',
        visitId: 'v1',
        what: 'visit-completed',
        at: '2027-01-31T17:00:00.000Z',
        parts: [{ partNo: 'P-100', qty: 2 }],
        period: '2027-02',
      })
      .events();
    expect(visit.map((e) => e.type)).toEqual(['VisitNoted', 'PartsDueForRecovery']);
    expect(visit[1].data).toMatchObject({
      model: 'KYN28-12',
      period: '2027-02',
      parts: [{ partNo: 'P-100', qty: 2 }],
    });
    const back = given([...history, ...visit])
      .when({ type: 'RecordRecoveredParts', caseId: 'c1', partNo: 'P-100', qty: 2 })
      .events();
    expect(back.map((e) => e.type)).toEqual(['PartsRecovered']);
    given([...history, ...visit, ...back])
      .when({ type: 'RecordRecoveredParts', caseId: 'c1', partNo: 'P-100', qty: 1 })
      .thenThrows('CLM-5', /but 0 of it are due back/);
  });
  it('CLM-5: a paid visit owes no parts back', () => {
    const history = [
      noted('2031-06-01T03:00:00Z'),
      ...given([noted('2031-06-01T03:00:00Z')])
        .when(assess())
        .events(),
    ];
    const visit = given(history)
      .when({
        type: 'NoteVisit',
        caseId: 'c1',
        visitId: 'v1',
        what: 'visit-completed',
        at: '2031-06-02T03:00:00.000Z',
        parts: [{ partNo: 'P-100', qty: 1 }],
      })
      .events();
    expect(visit.map((e) => e.type)).toEqual(['VisitNoted']);
  });
  it('CLM-3: assessing again with nothing changed appends nothing', () => {
    const first = given([noted('2027-01-10T03:00:00Z')])
      .when(assess())
      .events();
    given([noted('2027-01-10T03:00:00Z'), ...first])
      .when(assess())
      .then([]);
  });
  it('CLM-4: a share table that does not sum to 10000 basis points is refused', () => {
    given([noted('2027-01-10T03:00:00Z')])
      .when({
        type: 'NoteAttribution',
        caseId: 'c1',
        inspectionId: 'i1',
        attributionId: 'a1',
        shares: [{ partyKey: 'supplier:S1', kind: 'supplier', supplierId: 'S1', shareBp: 6000 }],
      })
      .thenThrows('CLM-4', /sums to 6000/);
  });
});
