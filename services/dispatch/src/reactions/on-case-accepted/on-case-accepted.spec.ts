import { evolveCaseCopy, visitToOpen, type CaseCopy, type IntakeCaseEvent } from './on-case-accepted';

const registered: IntakeCaseEvent = {
  type: 'intake.case-registered.v1',
  data: {
    caseId: 'c1',
    caseNumber: 'HZ-2026-000001',
    branch: 'HZ',
    kind: 'quality-complaint',
    severity: 'general',
    customer: { customerId: 'cust-1' },
    product: { model: 'KYN28-12', serialNumber: 'SN-0001' },
    problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
  },
};
const copyOf = (...events: IntakeCaseEvent[]) =>
  events.reduce<CaseCopy | undefined>(evolveCaseCopy, undefined) as CaseCopy;
const lookups = {
  visitId: 'c1-1',
  zone: 'city' as const,
  productLine: 'switchgear',
  addressRef: 'case-c1#address',
};
const at = new Date('2026-03-02T01:00:00Z');
const accepted = (kind: string, remedy?: string) =>
  ({ type: 'intake.case-accepted.v1', data: { caseId: 'c1', kind, ...(remedy ? { remedy } : {}) } }) as const;

describe('on intake case accepted', () => {
  it('DSP-1: a founded quality complaint remedied by repair opens a service request', () => {
    expect(visitToOpen(copyOf(registered), accepted('quality-complaint', 'repair'), at, lookups)).toEqual({
      type: 'OpenVisit',
      visitId: 'c1-1',
      caseId: 'c1',
      caseNumber: 'HZ-2026-000001',
      branch: 'HZ',
      customer: { customerId: 'cust-1', addressRef: 'case-c1#address', zone: 'city' },
      product: { model: 'KYN28-12', serialNumber: 'SN-0001', productLine: 'switchgear' },
      problem: { description: '开关柜合闸后跳闸', symptomCode: 'TRIP' },
      urgency: 'standard',
      acceptedAt: at.toISOString(),
    });
  });

  it('DSP-1: an exchange or a consultation needs no visit', () => {
    expect(
      visitToOpen(copyOf(registered), accepted('quality-complaint', 'exchange'), at, lookups),
    ).toBeUndefined();
    expect(visitToOpen(copyOf(registered), accepted('consultation'), at, lookups)).toBeUndefined();
  });

  it('DSP-2: a repair request is a scheduled call; a case reclassified major is an emergency', () => {
    expect(visitToOpen(copyOf(registered), accepted('repair-request'), at, lookups)?.urgency).toBe(
      'scheduled',
    );
    const major = copyOf(registered, {
      type: 'intake.case-classified.v1',
      data: { caseId: 'c1', to: { kind: 'repair-request', severity: 'major' } },
    });
    expect(visitToOpen(major, accepted('repair-request'), at, lookups)?.urgency).toBe('emergency');
  });
});
