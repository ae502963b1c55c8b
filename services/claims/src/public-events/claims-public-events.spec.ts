import { contracts } from '@aftersales/contracts';
import { fold } from '@aftersales/cqrs';
import { money } from '@aftersales/kernel';
import { claimDecider, type ClaimCommand } from '../supplier-claim/claim.decider';
import type { ClaimEvent } from '../supplier-claim/claim.events';
import { productDecider } from '../product/product.decider';
import type { ProductEvent } from '../product/product.events';
import { warrantyDecider } from '../warranty/warranty.decider';
import type { WarrantyEvent } from '../warranty/warranty.events';
import { PRIVATE_EVENTS, toPublic } from './claims-public-events';

const now = new Date('2027-03-01T02:00:00Z');
type Any = ProductEvent | WarrantyEvent | ClaimEvent;

/** Every internal event, as the deciders decide it. */
function decidedEvents(): Any[] {
  const out: Any[] = [];
  const product = (events: ProductEvent[], command: Parameters<typeof productDecider.decide>[0]) => {
    const decided = productDecider.decide(command, fold(productDecider, events), {
      now,
      noticeMonths: { maintenance: 1, software: 3 },
    });
    out.push(...decided);
    return [...events, ...decided];
  };
  const facts = {
    serial: 'SN-1',
    model: 'M',
    customerId: 'c',
    branch: 'HZ',
    commissioningDate: '2026-01-01',
  };
  let p = product([], { type: 'RegisterProduct', source: 'import', ...facts });
  p = product(p, { type: 'RegisterProduct', source: 'import', ...facts, model: 'M2' });
  p = product(p, {
    type: 'AddContract',
    serial: 'SN-1',
    contractId: 'MC',
    kind: 'maintenance',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
  });
  p = product(p, { type: 'NotifyContractExpiry', serial: 'SN-1', contractId: 'MC' });
  p = product(p, { type: 'MarkReplaced', serial: 'SN-1', replacement: 'SN-2', rmaId: 'r' });
  product([], {
    type: 'LinkReplacement',
    serial: 'SN-2',
    replaces: 'SN-1',
    facts: { ...facts, serial: 'SN-2' },
    rmaId: 'r',
  });

  const warranty = (events: WarrantyEvent[], command: Parameters<typeof warrantyDecider.decide>[0]) => {
    const decided = warrantyDecider.decide(command, fold(warrantyDecider, events), {
      now,
      policy: { fullYears: 2, extendedYears: 3 },
    });
    out.push(...decided);
    return [...events, ...decided];
  };
  let w = warranty([], {
    type: 'NoteCase',
    caseId: 'c1',
    branch: 'HZ',
    serial: 'SN-1',
    model: 'M',
    kind: 'quality-complaint',
    problem: 'p',
    registeredAt: now.toISOString(),
    customerDamage: false,
  });
  w = warranty(w, {
    type: 'AssessWarranty',
    caseId: 'c1',
    product: fold(productDecider, p),
    timeZone: 'Asia/Shanghai',
  });
  w = warranty(w, { type: 'NoteApprovedCost', caseId: 'c1', costId: 'k', amount: money(100, 'CNY') });
  w = warranty(w, {
    type: 'NoteVisit',
    caseId: 'c1',
    visitId: 'v',
    what: 'visit-completed',
    at: now.toISOString(),
    parts: [{ partNo: 'P', qty: 1 }],
  });
  w = warranty(w, { type: 'RecordRecoveredParts', caseId: 'c1', partNo: 'P', qty: 1 });
  w = warranty(w, {
    type: 'NoteAttribution',
    caseId: 'c1',
    inspectionId: 'i',
    attributionId: 'a',
    shares: [{ partyKey: 'customer', kind: 'customer', shareBp: 10_000 }],
  });
  warranty(w, {
    type: 'AssessWarranty',
    caseId: 'c1',
    product: fold(productDecider, p),
    timeZone: 'Asia/Shanghai',
  });

  const claim = (events: ClaimEvent[], command: ClaimCommand, at = now) => {
    const decided = claimDecider.decide(command, fold(claimDecider, events), {
      now: at,
      respondBy: () => new Date('2027-03-31T16:00:00Z'),
    });
    out.push(...decided);
    return [...events, ...decided];
  };
  const issue: ClaimCommand = {
    type: 'IssueClaim',
    claimId: 'k1',
    caseId: 'c1',
    inspectionId: 'i',
    attributionId: 'a',
    branch: 'HZ',
    supplierId: 'S',
    shareBp: 5000,
    problem: 'p',
    model: 'M',
    serial: 'SN-1',
    quantity: 1,
    site: 'HZ',
    contact: 'claims-office:HZ',
    amount: money(50, 'CNY'),
  };
  let c = claim([], issue);
  c = claim(c, { ...issue, amount: money(60, 'CNY') });
  c = claim(c, {
    type: 'DisputeClaim',
    claimId: 'k1',
    reason: 'r',
    evidence: [{ kind: 'attachment', ref: 'dms://S/letter.pdf', sha256: 'c'.repeat(64), description: 'd' }],
  });
  c = claim(c, { type: 'ReferDispute', claimId: 'k1', by: 'claims-officer' });
  c = claim(c, { type: 'UpholdClaim', claimId: 'k1', attributionId: 'a' });
  c = claim(c, { type: 'WithdrawClaim', claimId: 'k1', reason: 'r', attributionId: 'a2' });
  claim(c, {
    type: 'NoteChargebackRefund',
    claimId: 'k1',
    refundId: 'f1',
    amount: money(60, 'CNY'),
    attributionId: 'a2',
    reason: 'r',
    refundedAt: now.toISOString(),
  });
  return out;
}

describe("claims' public events", () => {
  const events = decidedEvents();

  it('every internal event type is published or kept private with a reason', () => {
    const types = new Set(events.map((e) => e.type));
    for (const type of types)
      expect({
        type,
        handled: Boolean(toPublic(events.find((e) => e.type === type)!)) || type in PRIVATE_EVENTS,
      }).toEqual({ type, handled: true });
    expect(types.size).toBe(21);
  });

  it('CLM-4: every published event passes its contract as the relay checks it (strict)', () => {
    const published = events.map(toPublic).filter((p) => p !== undefined);
    expect(new Set(published.map((p) => p.type)).size).toBe(
      contracts.types().filter((t) => t.startsWith('claims.')).length,
    );
    for (const p of published) expect(() => contracts.assertPublishable(p.type, p.payload)).not.toThrow();
  });
});
