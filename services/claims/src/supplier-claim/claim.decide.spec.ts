import { fold, givenWhenThen } from '@aftersales/cqrs';
import { money, NotFound } from '@aftersales/kernel';
import { claimDecider, refundedMinor, type ClaimCommand } from './claim.decider';
import { shareOfCosts } from './claim-amount';

const T0 = new Date('2026-06-01T02:00:00Z');
const DUE = new Date('2026-07-01T16:00:00Z');
const given = givenWhenThen(claimDecider, (now) => ({ now, respondBy: () => DUE }), T0);
const cny = (n: number) => money(n, 'CNY');

const issue: ClaimCommand = {
  type: 'IssueClaim',
  claimId: 'k1',
  caseId: 'c1',
  inspectionId: 'i1',
  attributionId: 'a1',
  branch: 'HZ',
  supplierId: 'SUP-7',
  shareBp: 3333,
  problem: 'breaker trips',
  model: 'KYN28-12',
  serial: 'SN-1',
  quantity: 1,
  site: 'HZ',
  contact: 'claims-office:HZ',
  amount: cny(3333),
};
const issued = given([]).when(issue).events();

describe('supplier claim notices', () => {
  it('CLM-4: the supplier share of each cost rounds down, leftovers to the largest remainders, parts add up', () => {
    const shares = [
      { partyKey: 'department:production', shareBp: 3334 },
      { partyKey: 'supplier:SUP-7', shareBp: 3333 },
      { partyKey: 'supplier:SUP-8', shareBp: 3333 },
    ];
    const costs = [cny(10_000), cny(1)];
    const parts = shares.map((s) => shareOfCosts(costs, shares, s.partyKey, 'CNY').amountMinor);
    expect(parts).toEqual([3335, 3333, 3333]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10_001);
  });
  it('CLM-4: issues a notice with problem, model, quantity, site, contact, deadline and amount', () => {
    expect(issued).toEqual(
      [
        {
          type: 'SupplierClaimIssued',
          data: { ...issue, type: undefined, respondBy: DUE.toISOString(), issuedAt: T0.toISOString() },
        },
      ].map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data)) })),
    );
  });
  it('CLM-4: issuing again with the same amount appends nothing; a new cost amends it', () => {
    given(issued).when(issue).then([]);
    const [e] = given(issued)
      .when({ ...issue, amount: cny(5000) })
      .events();
    expect(e).toMatchObject({
      type: 'SupplierClaimAmended',
      data: { amount: cny(5000), previousAmount: cny(3333) },
    });
  });
  it('CLM-4: the supplier confirms the exact amount', () => {
    const [e] = given(issued)
      .when({ type: 'ConfirmClaim', claimId: 'k1', amount: cny(3333) })
      .events();
    expect(e).toMatchObject({
      type: 'SupplierClaimConfirmed',
      data: { confirmedBy: 'supplier', amount: cny(3333) },
    });
  });
  it('CLM-4: a confirmed amount that does not match the share table is refused', () => {
    given(issued)
      .when({ type: 'ConfirmClaim', claimId: 'k1', amount: cny(3000) })
      .thenThrows('CLM-4', /does not match the share table's 3333 CNY/);
  });
  it('CLM-4: the response window passing confirms the claim, not a day before', () => {
    given(issued)
      .when({ type: 'ConfirmOnWindowPassed', claimId: 'k1' }, new Date(DUE.getTime() - 1))
      .then([]);
    const [e] = given(issued).when({ type: 'ConfirmOnWindowPassed', claimId: 'k1' }, DUE).events();
    expect(e).toMatchObject({
      type: 'SupplierClaimConfirmed',
      data: { confirmedBy: 'response-window-passed' },
    });
  });
  it('CLM-4: a disputed claim is not confirmed by the window (QC-4 decides)', () => {
    const disputed = given(issued)
      .when({ type: 'DisputeClaim', claimId: 'k1', reason: 'coil passed incoming inspection' })
      .events();
    expect(disputed.map((e) => e.type)).toEqual(['SupplierClaimDisputed']);
    given([...issued, ...disputed])
      .when({ type: 'ConfirmOnWindowPassed', claimId: 'k1' }, DUE)
      .then([]);
  });
  it("CLM-4/QC-4: the supplier's dispute names the attribution the claim stands on, as amended, with its evidence", () => {
    const amended = given(issued)
      .when({ ...issue, attributionId: 'a2', shareBp: 5000, amount: cny(5000) })
      .events();
    const evidence = [
      { kind: 'test-report' as const, ref: 'dms://SUP-7/outgoing.pdf', sha256: 'b'.repeat(64) },
    ];
    given([...issued, ...amended])
      .when({ type: 'DisputeClaim', claimId: 'k1', reason: 'outgoing test passed', evidence }, DUE)
      .then([
        {
          type: 'SupplierClaimDisputed',
          data: {
            claimId: 'k1',
            caseId: 'c1',
            branch: 'HZ',
            supplierId: 'SUP-7',
            inspectionId: 'i1',
            attributionId: 'a2',
            reason: 'outgoing test passed',
            evidence,
            disputedAt: DUE.toISOString(),
          },
        },
      ]);
  });
  it('CLM-4: QC upholding the disputed attribution (QC-4) confirms the claim as issued', () => {
    const disputed = given(issued)
      .when({ type: 'DisputeClaim', claimId: 'k1', reason: 'not our coil' })
      .events();
    const [e] = given([...issued, ...disputed])
      .when({ type: 'UpholdClaim', claimId: 'k1', attributionId: 'a1' })
      .events();
    expect(e).toMatchObject({
      type: 'SupplierClaimConfirmed',
      data: { confirmedBy: 'attribution-upheld', amount: cny(3333) },
    });
    given(issued).when({ type: 'UpholdClaim', claimId: 'k1', attributionId: 'a1' }).then([]);
  });
  it('CLM-4: an attribution superseded away from the supplier withdraws the claim, once', () => {
    const withdraw: ClaimCommand = {
      type: 'WithdrawClaim',
      claimId: 'k1',
      reason: 'superseded',
      attributionId: 'a2',
    };
    const withdrawn = given(issued).when(withdraw).events();
    expect(withdrawn.map((e) => e.type)).toEqual(['SupplierClaimWithdrawn']);
    given([...issued, ...withdrawn])
      .when(withdraw)
      .then([]);
    given([...issued, ...withdrawn])
      .when({ type: 'ConfirmClaim', claimId: 'k1', amount: cny(3333) })
      .thenThrows('CLM-4', /withdrawn/);
  });
  it("FIN-6: a confirmed claim carries the exact amount finance deducts from the supplier's payables", () => {
    const [e] = given(issued).when({ type: 'ConfirmOnWindowPassed', claimId: 'k1' }, DUE).events();
    expect(e.data).toEqual({
      claimId: 'k1',
      caseId: 'c1',
      branch: 'HZ',
      supplierId: 'SUP-7',
      amount: cny(3333),
      confirmedBy: 'response-window-passed',
      confirmedAt: DUE.toISOString(),
    });
  });
  it('FIN-4: only the supplier named in the share table is claimed; a party not in it owes nothing', () => {
    const shares = [{ partyKey: 'supplier:SUP-7', shareBp: 10_000 }];
    expect(shareOfCosts([cny(999)], shares, 'supplier:SUP-7', 'CNY')).toEqual(cny(999));
    expect(shareOfCosts([cny(999)], shares, 'supplier:SUP-8', 'CNY')).toEqual(cny(0));
  });

  describe('FIN-6: a chargeback finance refunds', () => {
    const confirmed = [
      ...issued,
      ...given(issued).when({ type: 'ConfirmOnWindowPassed', claimId: 'k1' }, DUE).events(),
    ];
    const withdrawn = [
      ...confirmed,
      ...given(confirmed)
        .when({ type: 'WithdrawClaim', claimId: 'k1', reason: 'a2 clears SUP-7', attributionId: 'a2' })
        .events(),
    ];
    const refund = (refundId: string, amountMinor: number): ClaimCommand => ({
      type: 'NoteChargebackRefund',
      claimId: 'k1',
      refundId,
      amount: cny(amountMinor),
      attributionId: 'a2',
      reason: 'attribution a2 no longer names the supplier',
      refundedAt: '2026-07-05T01:00:00.000Z',
    });
    it('FIN-6/CLM-4: a withdrawn claim shows the whole chargeback refunded, and stays withdrawn', () => {
      const events = given(withdrawn).when(refund('f1', 3333)).events();
      expect(events).toEqual([
        {
          type: 'SupplierClaimChargebackRefunded',
          data: {
            claimId: 'k1',
            caseId: 'c1',
            branch: 'HZ',
            supplierId: 'SUP-7',
            refundId: 'f1',
            amount: cny(3333),
            attributionId: 'a2',
            reason: 'attribution a2 no longer names the supplier',
            refundedAt: '2026-07-05T01:00:00.000Z',
            refundedTotal: cny(3333),
            notedAt: T0.toISOString(),
          },
        },
      ]);
      const state = fold(claimDecider, [...withdrawn, ...events]);
      expect(state).toMatchObject({ status: 'withdrawn', confirmedAmount: cny(3333) });
      expect(refundedMinor(state)).toBe(3333);
    });
    it('FIN-6: a lowered share refunds part; refunds add up; the same refund redelivered notes nothing', () => {
      const first = given(confirmed).when(refund('f1', 1000)).events();
      given([...confirmed, ...first])
        .when(refund('f1', 1000))
        .then([]);
      const [second] = given([...confirmed, ...first])
        .when(refund('f2', 500))
        .events();
      expect(second.data).toMatchObject({ amount: cny(500), refundedTotal: cny(1500) });
      expect(fold(claimDecider, [...confirmed, ...first, second])).toMatchObject({ status: 'confirmed' });
    });
    it('FIN-9: a refund in another currency, of nothing, or on an unknown claim is refused', () => {
      given(confirmed)
        .when({ ...refund('f1', 10), amount: money(10, 'EUR') } as ClaimCommand)
        .thenThrows('FIN-9', /kept in CNY, not EUR/);
      given(confirmed)
        .when(refund('f1', 0))
        .thenThrows('FIN-9', /positive integer/);
      given([]).when(refund('f1', 10)).thenThrows(NotFound);
    });
  });

  describe("QC-4: a supplier's dispute QC has not decided", () => {
    const disputedEvents = [
      ...issued,
      ...given(issued)
        .when({
          type: 'DisputeClaim',
          claimId: 'k1',
          reason: 'coil passed incoming inspection',
          evidence: [{ kind: 'photo', ref: 'dms://SUP-7/coil.jpg', sha256: 'a'.repeat(64) }],
        })
        .events(),
    ];
    it('QC-4/CLM-4: the claims officer refers the pending dispute to QC again, with its reason and evidence', () => {
      const later = new Date('2026-06-20T03:00:00Z');
      given(disputedEvents)
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'claims-officer' }, later)
        .then([
          {
            type: 'SupplierClaimDisputeReferred',
            data: {
              claimId: 'k1',
              caseId: 'c1',
              branch: 'HZ',
              supplierId: 'SUP-7',
              inspectionId: 'i1',
              attributionId: 'a1',
              reason: 'coil passed incoming inspection',
              evidence: [{ kind: 'photo', ref: 'dms://SUP-7/coil.jpg', sha256: 'a'.repeat(64) }],
              disputedAt: T0.toISOString(),
              referredBy: 'claims-officer',
              referredAt: later.toISOString(),
            },
          },
        ]);
    });
    it('QC-4: the review falling overdue refers it once it is still pending; a settled claim is left be', () => {
      const [e] = given(disputedEvents)
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'review-overdue' })
        .events();
      expect(e).toMatchObject({
        type: 'SupplierClaimDisputeReferred',
        data: { referredBy: 'review-overdue' },
      });
      const upheld = given(disputedEvents)
        .when({ type: 'UpholdClaim', claimId: 'k1', attributionId: 'a1' })
        .events();
      given([...disputedEvents, ...upheld])
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'review-overdue' })
        .then([]);
      // The review of an earlier dispute (under another attribution) refers nothing.
      given(disputedEvents)
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'review-overdue', attributionId: 'a0' })
        .then([]);
      const [own] = given(disputedEvents)
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'review-overdue', attributionId: 'a1' })
        .events();
      expect(own.type).toBe('SupplierClaimDisputeReferred');
    });
    it('CLM-4: only a disputed claim can be referred again by the officer', () => {
      given(issued)
        .when({ type: 'ReferDispute', claimId: 'k1', by: 'claims-officer' })
        .thenThrows('CLM-4', /the claim is issued; only a disputed claim/);
    });
    it('QC-4: a review superseding the disputed attribution, still naming the supplier, issues the claim anew with a fresh window', () => {
      const reissue: ClaimCommand = { ...issue, attributionId: 'a2', shareBp: 2000, amount: cny(2000) };
      const [e] = given(disputedEvents).when(reissue).events();
      expect(e).toMatchObject({
        type: 'SupplierClaimIssued',
        data: { attributionId: 'a2', amount: cny(2000), respondBy: DUE.toISOString() },
      });
      expect(fold(claimDecider, [...disputedEvents, e])).toMatchObject({
        status: 'issued',
        attributionId: 'a2',
      });
      expect(fold(claimDecider, [...disputedEvents, e])).not.toHaveProperty('dispute');
      // A new cost under the disputed attribution only amends it; the dispute still waits.
      const [amended] = given(disputedEvents)
        .when({ ...issue, amount: cny(4000) })
        .events();
      expect(amended.type).toBe('SupplierClaimAmended');
      expect(fold(claimDecider, [...disputedEvents, amended])).toMatchObject({ status: 'disputed' });
    });
    it('CLM-4: the supplier can still confirm a claim whose dispute waits for QC', () => {
      const [e] = given(disputedEvents)
        .when({ type: 'ConfirmClaim', claimId: 'k1', amount: cny(3333) })
        .events();
      expect(e).toMatchObject({ type: 'SupplierClaimConfirmed', data: { confirmedBy: 'supplier' } });
    });
  });
});
