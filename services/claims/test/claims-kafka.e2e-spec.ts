import {
  contracts,
  dispatchExamples,
  type CaseAcceptedV1,
  type CaseRegisteredV1,
} from '@aftersales/contracts';
import { fixedClock } from '@aftersales/kernel';
import { eventually, readTopic, testKafka, uniqueTopic } from '@aftersales/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { rebuildFromEnv } from '@aftersales/platform';
import { claimsService } from '../src/claims.service';
import { claimIdOf } from '../src/supplier-claim/case-claims';
import { startClaims, tokenFor, type ClaimsUnderTest } from './claims-app';
import { testContracts } from './foreign-contracts';

/** What another service's relay would publish: JSON value, CloudEvents binary-mode headers. */
function message(type: string, payload: object, source: string) {
  const { caseId } = payload as { caseId?: string };
  testContracts.assertPublishable(type, payload);
  return {
    key: caseId ?? 'none',
    value: JSON.stringify(payload),
    headers: {
      ce_specversion: '1.0',
      ce_id: randomUUID(),
      ce_type: type,
      ce_source: `/aftersales/${source}`,
      ce_time: new Date().toISOString(),
      ce_correlationid: `corr-${caseId}`,
      ce_actorid: 'u-test',
      ce_actorrole: 'qc-inspector',
      ce_branch: 'HZ',
      'content-type': 'application/json',
    },
  };
}

const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const share = (kind: string, key: string, shareBp: number, supplierId?: string) => ({
  party: { kind, ...(supplierId ? { supplierId } : {}) },
  partyKey: key,
  shareBp,
});

describe('claims main flow over Kafka and HTTP (issue 25)', () => {
  const topics = {
    intake: uniqueTopic('aftersales.intake.events'),
    qc: uniqueTopic('aftersales.quality-inspection.events'),
    finance: uniqueTopic('aftersales.finance.events'),
    claims: uniqueTopic('aftersales.claims.events'),
    warehouse: uniqueTopic('aftersales.warehouse-returns.events'),
    dispatch: uniqueTopic('aftersales.dispatch.events'),
  };
  let flowCase: { caseId: string; serial: string } | undefined;
  const clock = fixedClock('2027-05-20T02:00:00.000Z');
  let claims: ClaimsUnderTest;
  let producer: Producer;
  let reader: Awaited<ReturnType<typeof readTopic>>;
  let officer: string;

  beforeAll(async () => {
    claims = await startClaims(
      {
        KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
        INTAKE_EVENTS_TOPIC: topics.intake,
        QUALITY_INSPECTION_EVENTS_TOPIC: topics.qc,
        FINANCE_EVENTS_TOPIC: topics.finance,
        DISPATCH_EVENTS_TOPIC: topics.dispatch,
        WAREHOUSE_RETURNS_EVENTS_TOPIC: topics.warehouse,
        CLAIMS_EVENTS_TOPIC: topics.claims,
        CLAIMS_CONSUMER_GROUP: `${topics.claims}.claims`,
        CLAIMS_BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai',
        SUPPLIER_RESPONSE_DAYS: '15',
      },
      clock,
    );
    producer = testKafka('claims-e2e').producer();
    await producer.connect();
    reader = await readTopic(topics.claims, 'claims-e2e-reader');
    officer = await tokenFor('u-clm', ['claims-officer'], ['HZ']);
  }, 60_000);

  afterAll(async () => {
    await reader?.stop();
    await producer?.disconnect();
    await claims?.stop();
  });

  it('CLM-4: supplier-attributed inspection → claim with the exact share → window passes → confirmed; superseded away → withdrawn', async () => {
    const caseId = randomUUID();
    const serial = `SN-${caseId.slice(0, 8)}`;
    flowCase = { caseId, serial };
    // The registry knows the serial from an import (commissioned a year ago: full warranty).
    const imported = await claims.call('POST', '/products/import', officer, {
      format: 'csv',
      content: `serial,model,customerId,branch,deliveryDate,commissioningDate\n${serial},KYN28-12,cust-1,HZ,2026-05-01,2026-05-10\n`,
    });
    expect(imported.body).toEqual({ registered: 1, unchanged: 0, rejected: [] });

    const registered: CaseRegisteredV1 = {
      caseId,
      caseNumber: 'HZ-2027-000123',
      branch: 'HZ',
      channel: 'hotline',
      kind: 'quality-complaint',
      severity: 'general',
      registeredAt: clock.now().toISOString(),
      customerId: 'cust-1',
      vip: false,
      product: { model: 'KYN28-12', serialNumber: serial },
      problem: { description: 'breaker trips under load' },
      priority: 'normal',
      responseDueAt: clock.now().toISOString(),
      resolutionDueAt: clock.now().toISOString(),
    };
    const accepted: CaseAcceptedV1 = { caseId, kind: 'quality-complaint' };
    contracts.assertPublishable('intake.case-registered.v1', registered);
    await producer.send({
      topic: topics.intake,
      messages: [
        message('intake.case-registered.v1', registered, 'intake'),
        message('intake.case-accepted.v1', accepted, 'intake'),
      ],
    });
    // Two approved costs, 10,001 and 333 fen, split 66.67 / 33.33 %: each part rounds down and the
    // leftover fen go to the largest remainders (FIN-3), so the supplier's part is 3333 + 111 = 3444.
    await producer.send({
      topic: topics.finance,
      messages: [
        message(
          'finance.cost-audited.v1',
          {
            caseId,
            costId: 'k1',
            amount: cny(10_001),
            verdict: 'approved',
            decidedBy: { userId: 'u-fin', role: 'finance-officer' },
            auditedAt: '2027-05-20T02:00:00.000Z',
          },
          'finance',
        ),
        message(
          'finance.cost-audited.v1',
          {
            caseId,
            costId: 'k2',
            amount: cny(333),
            verdict: 'approved',
            decidedBy: { userId: 'u-fin', role: 'finance-officer' },
            auditedAt: '2027-05-20T02:00:00.000Z',
          },
          'finance',
        ),
      ],
    });
    const classified = await eventually(
      () => reader.seen.find((m) => m.type === 'claims.service-classified.v1' && m.key === caseId),
      'service-classified',
    );
    expect(classified.payload).toMatchObject({ serviceClass: 'free-warranty', serial });

    // CLM-5: the free-warranty visit replaced two coils; they are due back for the claim.
    await producer.send({
      topic: topics.dispatch,
      messages: [
        message(
          'dispatch.visit-completed.v1',
          {
            ...dispatchExamples['dispatch.visit-completed.v1'],
            caseId,
            parts: [{ partNo: 'P-100', qty: 2, unitCost: cny(2500) }],
            completedAt: clock.now().toISOString(),
          },
          'dispatch',
        ),
      ],
    });
    const recovered = await eventually(async () => {
      const r = await claims.call('POST', `/cases/${caseId}/recovered-parts`, officer, {
        partNo: 'P-100',
        qty: 1,
      });
      return r.status === 200 && r;
    }, 'recovered parts');
    expect(recovered.body.recovery).toEqual({ 'P-100': { due: 2, recovered: 1 } });
    const tooMany = await claims.call('POST', `/cases/${caseId}/recovered-parts`, officer, {
      partNo: 'P-100',
      qty: 2,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toMatchObject({ rule: 'CLM-5' });

    await producer.send({
      topic: topics.qc,
      messages: [
        message(
          'quality-inspection.responsibility-attributed.v1',
          {
            inspectionId: 'i-1',
            caseId,
            branch: 'HZ',
            attributionId: 'a-1',
            shares: [
              share('department', 'department:production', 6667),
              share('supplier', 'supplier:SUP-7', 3333, 'SUP-7'),
            ],
            basis: ['f-1'],
            signedBy: { userId: 'u-qc', role: 'qc-inspector' },
            attributedAt: clock.now().toISOString(),
          },
          'quality-inspection',
        ),
      ],
    });
    const claimId = claimIdOf(caseId, 'supplier:SUP-7');
    const issued = await eventually(
      () => reader.seen.find((m) => m.type === 'claims.supplier-claim-issued.v1' && m.key === caseId),
      'supplier-claim-issued',
    );
    expect(issued.payload).toMatchObject({
      claimId,
      // INT-1: the number intake gave the case, as the supplier will quote it.
      caseNumber: 'HZ-2027-000123',
      supplierId: 'SUP-7',
      shareBp: 3333,
      model: 'KYN28-12',
      serial,
      quantity: 1,
      site: 'HZ',
      amount: cny(3444),
      // 15 days from 2027-05-20 (Shanghai), closing at midnight local: 2027-06-05 00:00 +08.
      respondBy: '2027-06-04T16:00:00.000Z',
    });

    // A confirmation with another amount is refused and changes nothing.
    const wrong = await claims.call('POST', `/supplier-claims/${claimId}/confirm`, officer, {
      amount: cny(3333),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ rule: 'CLM-4' });

    // ORG-1: another branch's claims officer may not answer for this claim.
    const nb = await tokenFor('u-nb', ['claims-officer'], ['NB']);
    expect(
      (await claims.call('POST', `/supplier-claims/${claimId}/dispute`, nb, { reason: 'x' })).status,
    ).toBe(403);

    // The window passes: the durable timer confirms the claim.
    clock.set('2027-06-04T16:00:01.000Z');
    const confirmed = await eventually(
      () => reader.seen.find((m) => m.type === 'claims.supplier-claim-confirmed.v1' && m.key === caseId),
      'supplier-claim-confirmed',
    );
    expect(confirmed.payload).toMatchObject({
      claimId,
      amount: cny(3444),
      confirmedBy: 'response-window-passed',
    });

    // QC supersedes the attribution away from the supplier: the claim is withdrawn.
    await producer.send({
      topic: topics.qc,
      messages: [
        message(
          'quality-inspection.attribution-superseded.v1',
          {
            inspectionId: 'i-1',
            caseId,
            attributionId: 'a-1',
            supersededBy: 'a-2',
            reason: 'winding damaged in production',
            previousShares: [
              share('department', 'department:production', 6667),
              share('supplier', 'supplier:SUP-7', 3333, 'SUP-7'),
            ],
            shares: [share('department', 'department:production', 10_000)],
            decidedBy: { userId: 'u-rev', role: 'qc-inspector' },
            supersededAt: clock.now().toISOString(),
          },
          'quality-inspection',
        ),
      ],
    });
    const withdrawn = await eventually(
      () => reader.seen.find((m) => m.type === 'claims.supplier-claim-withdrawn.v1' && m.key === caseId),
      'supplier-claim-withdrawn',
    );
    expect(withdrawn.payload).toMatchObject({ claimId, supplierId: 'SUP-7', attributionId: 'a-2' });
    const view = await claims.call('GET', `/supplier-claims/${claimId}`, officer);
    expect(view.body).toMatchObject({ status: 'withdrawn', amount: cny(3444), refunded: cny(0) });

    // FIN-6: finance credits the chargeback back; the withdrawn claim shows it refunded, once.
    const refunded = message(
      'finance.chargeback-refunded.v1',
      {
        caseId,
        branch: 'HZ',
        claimId,
        supplierId: 'SUP-7',
        amount: cny(3444),
        attributionId: 'a-2',
        reason: 'attribution a-2 no longer names the supplier',
        refundedAt: clock.now().toISOString(),
      },
      'finance',
    );
    await producer.send({ topic: topics.finance, messages: [refunded, refunded] });
    const noted = await eventually(async () => {
      const r = await claims.call('GET', `/supplier-claims/${claimId}`, officer);
      return r.body.refunded?.amountMinor > 0 && r.body;
    }, 'the refund on the claim');
    expect(noted).toMatchObject({
      status: 'withdrawn',
      confirmedAmount: cny(3444),
      refunded: cny(3444),
      chargedBack: cny(0),
      refunds: [expect.objectContaining({ amount: cny(3444), attributionId: 'a-2' })],
    });
    await claims.runtime.projections.catchUp();
    const listed = await claims.call('GET', '/supplier-claims?status=withdrawn', officer);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ claimId, caseNumber: 'HZ-2027-000123', refundedMinor: 3444 }),
    ]);
    const stream = await claims.runtime.store.readStream(`claim-${claimId}`);
    expect(stream.filter((e) => e.type === 'SupplierClaimChargebackRefunded')).toHaveLength(1);
  }, 90_000);

  it('CLM-7: an exchange links the serials; the replacement inherits the remaining warranty and one query lists the whole history', async () => {
    const { serial } = flowCase!;
    const replacement = `${serial}-R`;
    await producer.send({
      topic: topics.warehouse,
      messages: [
        message(
          'warehouse-returns.serial-replaced.v1',
          {
            rmaId: 'rma-1',
            branch: 'HZ',
            model: 'KYN28-12',
            faultySerial: serial,
            replacementSerial: replacement,
            replacedAt: clock.now().toISOString(),
          },
          'warehouse-returns',
        ),
      ],
    });
    const history = await eventually(async () => {
      const h = await claims.call('GET', `/products/${replacement}/history`, officer);
      // The exchange is recorded on both serials' histories, one projection row each.
      const exchanged = (at: string) =>
        h.body.entries?.some(
          (e: { serial: string; kind: string }) => e.serial === at && e.kind === 'exchange',
        );
      return h.status === 200 && exchanged(serial) && exchanged(replacement) && h;
    }, 'replacement history');
    expect(history.body.replaces).toEqual([serial]);
    const kinds = history.body.entries.map((e: { serial: string; kind: string }) => `${e.serial} ${e.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        `${serial} registered`,
        `${serial} case`,
        `${serial} assessment`,
        `${serial} inspection`,
        `${serial} claim`,
        `${serial} exchange`,
        `${replacement} registered`,
        `${replacement} exchange`,
      ]),
    );
    // Every line in Chinese too, the console's default language.
    const exchange = history.body.entries.find(
      (e: { serial: string; kind: string }) => e.serial === replacement && e.kind === 'exchange',
    );
    expect(exchange.summaryZh).toMatch(new RegExp(`^替换 ${serial}；保修自 \\d{4}-\\d{2}-\\d{2} 起算$`));
    const view = await claims.call('GET', `/products/${replacement}`, officer);
    expect(view.body).toMatchObject({
      replaces: serial,
      warranty: { startsOn: '2026-05-10', fullUntil: '2028-05-09' },
    });
  }, 60_000);

  it('KPI-3: the registry, the claim list and the serial history rebuild from the log to the same answers', async () => {
    const { serial } = flowCase!;
    await claims.runtime.projections.catchUp();
    const read = async () => ({
      history: (await claims.call('GET', `/products/${serial}-R/history`, officer)).body,
      claims: (await claims.call('GET', '/supplier-claims', officer)).body,
      kpi: (await claims.call('GET', '/reports/claim-kpi?period=2027-05', officer)).body,
      products: (await claims.call('GET', '/products', officer)).body,
    });
    const before = await read();
    await claims.runtime.dataSource.query(
      'TRUNCATE claims.serial_history, claims.case_serial, claims.supplier_claim, claims.product_registry, claims.case_cost, claims.recovery_line',
    );
    const done = await rebuildFromEnv(
      claimsService,
      ['claims.product-registry', 'claims.supplier-claim-list', 'claims.serial-history', 'claims.claim-kpi'],
      { DATABASE_URL: claims.db.url },
    );
    expect(done).toHaveLength(4);
    expect(await read()).toEqual(before);
    expect(before.claims.items).toHaveLength(1);

    // CLM-5 for May 2027: one of two parts back; the withdrawn claim no longer offsets the costs.
    const kpi = await claims.call('GET', '/reports/claim-kpi?period=2027-05', officer);
    expect(kpi.body.models).toEqual([
      expect.objectContaining({
        model: 'KYN28-12',
        partsDue: 2,
        partsRecovered: 1,
        recoveryRateBp: 5000,
        recoveryTargetMet: false,
        freeWarrantyCostMinor: 10_334,
        confirmedClaimsMinor: 0,
        netClaimCostMinor: 10_334,
      }),
    ]);
  }, 60_000);

  it('QC-4: a dispute QC never opened (dead-lettered, discarded) is referred again: by its overdue review once, and by the claims officer', async () => {
    const caseId = randomUUID();
    await producer.send({
      topic: topics.qc,
      messages: [
        message(
          'quality-inspection.responsibility-attributed.v1',
          {
            inspectionId: 'i-9',
            caseId,
            branch: 'HZ',
            attributionId: 'a-9',
            shares: [share('supplier', 'supplier:SUP-9', 10_000, 'SUP-9')],
            basis: ['f-9'],
            signedBy: { userId: 'u-qc', role: 'qc-inspector' },
            attributedAt: clock.now().toISOString(),
          },
          'quality-inspection',
        ),
      ],
    });
    const claimId = claimIdOf(caseId, 'supplier:SUP-9');
    await eventually(async () => {
      const r = await claims.call('GET', `/supplier-claims/${claimId}`, officer);
      return r.status === 200;
    }, 'the claim issued');
    const early = await claims.call('POST', `/supplier-claims/${claimId}/dispute/referral`, officer);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'CLM-4' });
    const disputed = await claims.call('POST', `/supplier-claims/${claimId}/dispute`, officer, {
      reason: 'the part passed our outgoing test',
    });
    expect(disputed.status).toBe(200);
    const disputes = () =>
      reader.seen.filter((m) => m.type === 'claims.supplier-claim-disputed.v1' && m.key === caseId);
    await eventually(() => disputes().length === 1, 'the dispute on the topic');
    // QC decides nothing (its copy was discarded): 14 days (Shanghai) on, the review is overdue.
    await claims.runtime.projections.catchUp();
    clock.set(new Date(clock.now().getTime() + 15 * 86_400_000).toISOString());
    const again = await eventually(() => disputes().length === 2 && disputes()[1], 'the overdue referral');
    expect(again.payload).toMatchObject({
      claimId,
      inspectionId: 'i-9',
      attributionId: 'a-9',
      reason: 'the part passed our outgoing test',
      disputedAt: (disputes()[0].payload as { disputedAt: string }).disputedAt,
      referredAt: clock.now().toISOString(),
    });
    const byOfficer = await claims.call('POST', `/supplier-claims/${claimId}/dispute/referral`, officer);
    expect(byOfficer.status).toBe(200);
    expect(byOfficer.body).toMatchObject({ status: 'disputed', events: ['SupplierClaimDisputeReferred'] });
    await eventually(() => disputes().length === 3, "the officer's referral");
    const metrics = await (await fetch(`${claims.service.url}/claims/metrics`)).text();
    expect(metrics).toMatch(/^deadline_misses_total\{[^}]*claims\.supplier-dispute-review[^}]*\} 1$/m);
  }, 90_000);
});
