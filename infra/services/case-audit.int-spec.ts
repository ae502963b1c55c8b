// The case audit report (AUD-2, AUD-3) from five services' own logs, each on a database of its
// own as deployed: a case told across intake, dispatch, quality inspection, claims and finance,
// driven over their HTTP with JWTs and joined up by their reactions over the real Kafka.
import { assembleCaseReport, type CaseAuditPart, type CaseReport } from '@aftersales/event-store';
import {
  serviceUnderTest,
  signDevToken,
  testToken,
  type AnyServiceDeclaration,
  type ServiceUnderTest,
} from '@aftersales/platform';
import { createTestDatabase, eventually, uniqueTopic, type TestDatabase } from '@aftersales/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { claimsService } from '../../services/claims/src/claims.service';
import { claimIdOf } from '../../services/claims/src/supplier-claim/case-claims';
import { visitIdOfCase } from '../../services/dispatch/src/reactions/intake-reactions';
import { dispatchService } from '../../services/dispatch/src/dispatch.service';
import { financeService } from '../../services/finance/src/finance.service';
import { intakeService } from '../../services/intake/src/intake.service';
import { inspectionIdOfTakeBack } from '../../services/quality-inspection/src/reactions/inspection-openings';
import { qualityInspectionService } from '../../services/quality-inspection/src/quality-inspection.service';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const SHA = 'ab'.repeat(32);
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each service its own config, settings and parts
type AnyUnderTest = ServiceUnderTest<any, any, any, TestDatabase>;

describe('the case audit report across the services’ own logs (AUD-2, AUD-3)', () => {
  const topics = {
    INTAKE_EVENTS_TOPIC: uniqueTopic('aftersales.intake.events'),
    DISPATCH_EVENTS_TOPIC: uniqueTopic('aftersales.dispatch.events'),
    QUALITY_INSPECTION_EVENTS_TOPIC: uniqueTopic('aftersales.quality-inspection.events'),
    CLAIMS_EVENTS_TOPIC: uniqueTopic('aftersales.claims.events'),
    FINANCE_EVENTS_TOPIC: uniqueTopic('aftersales.finance.events'),
  };
  const group = (service: string) => `${topics.INTAKE_EVENTS_TOPIC}.${service}`;
  const services: Record<string, AnyUnderTest> = {};
  let caseId: string;
  let caseNumber: string;
  let beforeDispute: string;
  let attributionId: string;
  let claimId: string;
  let inspectionId: string;
  let findingId: string;

  beforeAll(async () => {
    const common = {
      ...topics,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      KAFKA_PARTITIONS: '2',
      DEFAULT_TIME_ZONE: 'Asia/Shanghai',
    };
    const start = async (declaration: AnyServiceDeclaration, env: Record<string, string>) =>
      (services[declaration.name] = (await serviceUnderTest(
        declaration,
        await createTestDatabase(`audit_${declaration.name.replace(/-/g, '_')}`),
        { ...common, ...env },
        { overrides: { idleMs: 100 } },
      )) as AnyUnderTest);
    await Promise.all([
      start(intakeService, { DOWNSTREAM_TOPICS: '', DOWNSTREAM_CONSUMER_GROUP: group('intake') }),
      start(dispatchService, { DISPATCH_BRANCHES: 'HZ', DISPATCH_CONSUMER_GROUP: group('dispatch') }),
      start(qualityInspectionService, { QUALITY_INSPECTION_CONSUMER_GROUP: group('qc') }),
      start(claimsService, { CLAIMS_CONSUMER_GROUP: group('claims') }),
      start(financeService, { FINANCE_CONSUMER_GROUP: group('finance') }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
  });

  const call = (service: string, method: string, path: string, token: string | undefined, body?: unknown) =>
    services[service].call(method, path, token, body);
  const ok = async (service: string, method: string, path: string, token: string, body?: unknown) => {
    const res = await call(service, method, path, token, body);
    expect({ path, status: res.status, body: res.status < 300 ? undefined : res.body }).toEqual({
      path,
      status: res.status < 300 ? res.status : 200,
      body: undefined,
    });
    return res.body;
  };

  /** Every service's part over its auditor route, assembled as a browser console would. */
  async function reportOverHttp(asOf?: string): Promise<CaseReport> {
    const auditor = await testToken('u-aud', ['auditor'], []);
    const parts: CaseAuditPart[] = [];
    // The catalogue's order, as the command reads the logs.
    for (const name of ['intake', 'dispatch', 'quality-inspection', 'claims', 'finance']) {
      const res = await call(name, 'GET', `/audit/cases/${caseId}${asOf ? `?asOf=${asOf}` : ''}`, auditor);
      if (res.status === 200) parts.push(res.body);
      else expect(res.status).toBe(404);
    }
    return assembleCaseReport(parts, { asOf: asOf ?? null, generatedAt: new Date().toISOString() });
  }

  /** `npm run audit -- case …` against the five logs named by AUDIT_SOURCES. */
  async function cli(
    args: string[],
    over: 'logs' | 'http' = 'logs',
  ): Promise<{ code: number; stdout: string }> {
    const sources = Object.values(services)
      .map(
        (s) => `${s.runtime.declaration.name}=${over === 'logs' ? `${s.db.url}#event_store` : s.service.url}`,
      )
      .join(',');
    const env = {
      ...process.env,
      DATABASE_URL: '',
      ...(over === 'logs'
        ? { AUDIT_SOURCES: sources }
        : { AUDIT_HTTP_SOURCES: sources, AUDIT_TOKEN: await testToken('u-aud', ['auditor'], []) }),
    };
    return run('npm', ['run', '--silent', 'audit', '--', 'case', ...args], { cwd: ROOT, env }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        stdout: error.stdout + error.stderr,
      }),
    );
  }

  it('AUD-2: builds the case across five services: take-back, attribution 60/40, claim, dispute confirmed, chargeback', async () => {
    const clerk = await testToken('u-li', ['intake-clerk'], ['HZ']);
    const dispatcher = await testToken('u-disp', ['dispatcher'], ['HZ']);
    const engineer = await testToken('e-7', ['engineer'], ['HZ']);
    const inspector = await testToken('u-qc', ['qc-inspector'], []);
    const reviewer = await testToken('u-rev', ['qc-reviewer'], []);
    const officer = await testToken('u-clm', ['claims-officer'], ['HZ']);
    const finance = await testToken('u-fin', ['finance-officer'], []);

    const serial = `SN-${Date.now()}`;
    await ok('claims', 'POST', '/products/import', officer, {
      format: 'csv',
      content: `serial,model,customerId,branch,deliveryDate,commissioningDate\n${serial},VS1-12,cust-7,HZ,2025-09-01,2025-10-01\n`,
    });
    await ok('dispatch', 'POST', '/engineers', dispatcher, {
      engineerId: 'e-7',
      branch: 'HZ',
      home: 'branch',
      skills: ['VS1-12'],
      baseZone: 'city',
    });
    const registered = await ok('intake', 'POST', '/cases', clerk, {
      branch: 'HZ',
      channel: 'hotline',
      kind: 'repair-request',
      severity: 'general',
      customer: { customerId: 'cust-7', name: '张伟', phone: '13900000000', address: '杭州市滨江区' },
      product: { model: 'VS1-12', serialNumber: serial },
      problem: { description: '断路器无法合闸', symptomCode: 'NO-CLOSE' },
    });
    ({ caseId, caseNumber } = registered);
    await ok('intake', 'POST', `/cases/${caseId}/review`, clerk, { founded: true });

    // DSP-1/DSP-4: the accepted case opens a visit; the engineer takes the product back.
    const visitId = visitIdOfCase(caseId);
    await eventually(
      async () => (await call('dispatch', 'GET', `/visits/${visitId}`, dispatcher)).status === 200,
      'the visit opened from the accepted case',
      30_000,
    );
    await ok('dispatch', 'POST', `/visits/${visitId}/assignment`, dispatcher, { engineerId: 'e-7' });
    for (const [path, body] of [
      ['/departure', undefined],
      ['/arrival', undefined],
      ['/findings', { findings: '合闸线圈烧毁' }],
      ['/take-back', { receiptNo: 'PR-7', registerEntryNo: 'IO-7', repairCardNo: 'RC-7' }],
    ] as const)
      await ok('dispatch', 'POST', `/visits/${visitId}${path}`, engineer, body);

    // FIN-1: the repair's cost, recorded and approved in finance before QC decides.
    await ok('finance', 'POST', '/costs', finance, {
      caseId,
      costId: 'repair-1',
      branch: 'HZ',
      kind: 'repair',
      amount: cny(100_000),
      bearer: 'by-attribution',
      description: '更换合闸线圈 (repair card RC-7)',
    });
    await ok('finance', 'POST', `/cases/${caseId}/costs/repair-1/approve`, finance);

    // QC-1/QC-3: the take-back opened an inspection; 60 % supplier, 40 % production.
    inspectionId = inspectionIdOfTakeBack(visitId, 'RC-7');
    await eventually(
      async () =>
        (
          await call(
            'quality-inspection',
            'GET',
            `/inspections/${inspectionId}/responsibility-history`,
            inspector,
          )
        ).status === 200,
      'the inspection opened from the take-back',
      30_000,
    );
    ({ findingId } = await ok(
      'quality-inspection',
      'POST',
      `/inspections/${inspectionId}/findings`,
      inspector,
      {
        failureMode: 'closing coil winding short',
        rootCause: 'purchased-part',
        evidence: [{ kind: 'photo', ref: 'dms://qc/RC-7/coil.jpg', sha256: SHA }],
        measurements: [{ name: 'coil resistance', value: 0.4, unit: 'ohm' }],
      },
    ));
    ({ attributionId } = await ok(
      'quality-inspection',
      'POST',
      `/inspections/${inspectionId}/attributions`,
      inspector,
      {
        shares: [
          { party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 6_000 },
          { party: { kind: 'department', department: 'production' }, shareBp: 4_000 },
        ],
        basis: [findingId],
      },
    ));

    // CLM-4: claims issues the supplier's notice for 60 % of the approved cost.
    claimId = claimIdOf(caseId, 'supplier:SUP-7');
    await eventually(
      async () => {
        const res = await call('claims', 'GET', `/supplier-claims/${claimId}`, officer);
        return res.status === 200 && res.body.amount?.amountMinor === 60_000;
      },
      'the supplier claim for 60 % of the approved cost',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 20));
    beforeDispute = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));

    // QC-4: the supplier disputes through the claims officer, on the claim; QC opens the dispute
    // of the attribution from it (CLM-4); the reviewer confirms.
    await ok('claims', 'POST', `/supplier-claims/${claimId}/dispute`, officer, {
      reason: 'the coil batch passed incoming inspection',
      evidence: [{ kind: 'test-report', ref: 'dms://sup-7/IQC-0301.pdf', sha256: SHA }],
    });
    const { disputeId } = await eventually(
      async () => {
        const history = await ok(
          'quality-inspection',
          'GET',
          `/inspections/${inspectionId}/responsibility-history`,
          officer,
        );
        return (history.steps as Array<{ step: string; disputeId?: string }>).find(
          (k) => k.step === 'disputed',
        ) as { disputeId: string } | undefined;
      },
      "QC opened the supplier's dispute from its claim",
      30_000,
    );
    await ok(
      'quality-inspection',
      'POST',
      `/inspections/${inspectionId}/disputes/${disputeId}/review`,
      reviewer,
      {
        decision: 'confirm',
        reason: 'the winding short is in the supplier’s coil: incoming inspection does not test it',
      },
    );

    // CLM-4/FIN-6: the upheld claim is confirmed and charged back to the supplier.
    await eventually(
      async () => {
        const res = await call('finance', 'GET', `/cases/${caseId}/money`, finance);
        return (
          res.status === 200 &&
          res.body.entries.some((e: { cause: { kind: string } }) => e.cause.kind === 'chargeback')
        );
      },
      'the chargeback in finance',
      45_000,
    );
  }, 180_000);

  it('AUD-2: the report tells the attribution history with the dispute, who decided, on what evidence, and the chargeback it caused', async () => {
    const report = await reportOverHttp();
    expect(report.case).toMatchObject({ caseId, caseNumber, branch: 'HZ' });
    expect(report.services.map((s) => s.service).sort()).toEqual([
      'claims',
      'dispatch',
      'finance',
      'intake',
      'quality-inspection',
    ]);
    expect(report.responsibility.inForce).toHaveLength(1);
    expect(report.responsibility.attributions).toEqual([
      expect.objectContaining({
        attributionId,
        inForce: true,
        shares: [
          { party: 'supplier:SUP-7', shareBp: 6_000 },
          { party: 'department:production', shareBp: 4_000 },
        ],
        decidedBy: { userId: 'u-qc', role: 'qc-inspector' },
        evidence: expect.arrayContaining([{ kind: 'photo', ref: 'dms://qc/RC-7/coil.jpg', sha256: SHA }]),
        disputes: [
          expect.objectContaining({
            party: 'supplier:SUP-7',
            reason: 'the coil batch passed incoming inspection',
            by: { userId: 'u-clm', role: 'claims-officer' },
            outcome: 'confirmed',
            review: expect.objectContaining({ by: { userId: 'u-rev', role: 'qc-reviewer' } }),
          }),
        ],
      }),
    ]);
    // Every money movement the attribution caused: the allocation of 40 %, the claim, the chargeback.
    const caused = report.money.movements.filter((m) => m.attributionId === attributionId);
    expect(caused.map((m) => [m.service, m.kind, m.cause ?? null, m.amount.amountMinor])).toEqual(
      expect.arrayContaining([
        ['finance', 'posted', 'allocation', 100_000],
        ['claims', 'claimed', null, 60_000],
        ['claims', 'claim-confirmed', null, 60_000],
        ['finance', 'posted', 'chargeback', 60_000],
      ]),
    );
    expect(report.money.byAttribution).toEqual([
      { attributionId, allocated: cny(100_000), chargedBack: cny(60_000) },
    ]);
    const allocation = caused.find((m) => m.cause === 'allocation')!;
    expect(allocation.lines).toEqual(
      expect.arrayContaining([
        { account: 'supplier-recoverable:SUP-7', debitMinor: 60_000, creditMinor: 0 },
        { account: 'department-cost:production', debitMinor: 40_000, creditMinor: 0 },
      ]),
    );
    // AUD-1: who, in which role, for which branch; a reaction names the other service's event it follows.
    const taken = report.entries.find((e) => e.type === 'ProductTakenBack')!;
    const opened = report.entries.find((e) => e.type === 'InspectionOpened')!;
    expect(taken.actor).toEqual({ userId: 'e-7', role: 'engineer' });
    expect(opened.causationId).toBe(taken.eventId);
    expect(opened.causedBy).toMatchObject({ seq: taken.seq, service: 'dispatch' });
    expect(report.entries.find((e) => e.type === 'CostApproved')!.decidedBy).toEqual({
      userId: 'u-fin',
      role: 'finance-officer',
    });
    expect(report.chain).toEqual({ ok: true, checked: report.entries.length, broken: [] });
    // Every line of every service in Chinese too, the console's default language.
    const english = report.entries.filter((e) => !/[\u4e00-\u9fff]/.test(e.summaryZh));
    expect(english.map((e) => `${e.service} ${e.type}: ${e.summaryZh}`)).toEqual([]);
    // AUD-4: no personal data in the report.
    expect(JSON.stringify(report)).not.toMatch(/张伟|13900000000/);
  });

  it('AUD-2: npm run audit -- case <number> --json prints the same report from the logs and over the auditor routes; --as-of before the dispute shows the first attribution in force, undisputed', async () => {
    const now = await cli([caseNumber, '--json']);
    expect(now.code).toBe(0);
    const fromCli = JSON.parse(now.stdout) as CaseReport;
    const overHttp = await reportOverHttp();
    expect({ ...fromCli, generatedAt: 'x' }).toEqual({ ...overHttp, generatedAt: 'x' });

    // Over the services' auditor routes instead of their logs: the same report.
    const http = await cli([caseNumber, '--json'], 'http');
    expect(http.code).toBe(0);
    expect({ ...(JSON.parse(http.stdout) as CaseReport), generatedAt: 'x' }).toEqual({
      ...overHttp,
      generatedAt: 'x',
    });

    const then = await cli([caseNumber, '--as-of', beforeDispute, '--json']);
    expect(then.code).toBe(0);
    const past = JSON.parse(then.stdout) as CaseReport;
    expect(past.asOf).toBe(beforeDispute);
    expect(past.responsibility.inForce).toEqual([expect.objectContaining({ attributionId, disputes: [] })]);
    expect(past.entries.every((e) => e.at <= beforeDispute)).toBe(true);
    expect(past.entries.map((e) => e.type)).not.toContain('AttributionDisputed');
    expect(past.money.movements.map((m) => m.cause)).not.toContain('chargeback');
    expect(past).toEqual(
      await reportOverHttp(beforeDispute).then((r) => ({ ...r, generatedAt: past.generatedAt })),
    );

    const text = await cli([caseNumber]);
    expect(text.stdout).toContain(`案件审计 Case audit ${caseNumber}`);
    expect(text.stdout).toMatch(/disputed for supplier:SUP-7 by u-clm \(claims-officer\)/);
    expect(text.stdout).toMatch(/confirmed by u-rev \(qc-reviewer\)/);
    expect(text.stdout).toMatch(/chargeback \* /);
  }, 180_000);

  it('the auditor route: 401 without a token, 403 without the auditor role, 400 for a bad asOf or case reference, 404 for an unknown case', async () => {
    const inspector = await testToken('u-qc', ['qc-inspector'], []);
    const auditor = await signDevToken({ sub: 'u-aud', roles: ['auditor'], branches: [] }, { ttl: '1h' });
    const path = `/audit/cases/${caseNumber}`;
    expect((await call('quality-inspection', 'GET', path, undefined)).status).toBe(401);
    expect((await call('quality-inspection', 'GET', path, inspector)).status).toBe(403);
    expect(await call('quality-inspection', 'GET', `${path}?asOf=yesterday`, auditor)).toMatchObject({
      status: 400,
      body: { details: [{ field: 'asOf', reason: expect.stringMatching(/instant with its time zone/) }] },
    });
    expect(
      (await call('quality-inspection', 'GET', `${path}?asOf=2026-13-45T99:00:00Z`, auditor)).body.details,
    ).toEqual([{ field: 'asOf', reason: 'asOf must be a date and time that exists' }]);
    expect((await call('quality-inspection', 'GET', '/audit/cases/HZ%20000', auditor)).body).toEqual({
      error: 'validation_failed',
      details: [{ field: 'caseRef', reason: 'caseRef must be a case id or a case number' }],
    });
    expect((await call('intake', 'GET', '/audit/cases/HZ-2026-999999', auditor)).status).toBe(404);
    expect((await call('finance', 'GET', `/audit/cases/${randomUUID()}`, auditor)).status).toBe(404);
    // The number resolves where the service's events carry it.
    expect(await call('quality-inspection', 'GET', path, auditor)).toMatchObject({
      status: 200,
      body: { service: 'quality-inspection', caseId, caseNumber },
    });
  });

  it('AUD-2: a later dispute the reviewer upholds supersedes the attribution: the new one in force, the old kept with why and by whom, its allocation reversed and made again', async () => {
    const head = await signDevToken(
      { sub: 'u-prod', roles: ['department-head'], branches: [], departments: ['production'] },
      { ttl: '1h' },
    );
    const reviewer = await testToken('u-rev', ['qc-reviewer'], []);
    const finance = await testToken('u-fin', ['finance-officer'], []);
    const { disputeId } = await ok(
      'quality-inspection',
      'POST',
      `/inspections/${inspectionId}/disputes`,
      head,
      {
        attributionId,
        party: 'department:production',
        reason: 'the coil was fitted by assembly',
        evidence: [],
      },
    );
    const review = await ok(
      'quality-inspection',
      'POST',
      `/inspections/${inspectionId}/disputes/${disputeId}/review`,
      reviewer,
      {
        decision: 'supersede',
        reason: 'the assembly record shows the coil was fitted by assembly',
        shares: [
          { party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 6_000 },
          { party: { kind: 'department', department: 'assembly' }, shareBp: 4_000 },
        ],
        basis: [findingId],
      },
    );
    const replacement = review.attributionInForce as string;
    await eventually(
      async () => {
        const res = await call('finance', 'GET', `/cases/${caseId}/money`, finance);
        return res.body.entries?.some((e: { cause: { kind: string } }) => e.cause.kind === 'reversal');
      },
      'the reversal and the re-allocation in finance',
      30_000,
    );
    const report = await reportOverHttp();
    expect(report.responsibility.inForce.map((a) => a.attributionId)).toEqual([replacement]);
    const [first, second] = report.responsibility.attributions;
    expect(first).toMatchObject({
      attributionId,
      inForce: false,
      superseded: {
        by: replacement,
        reason: 'the assembly record shows the coil was fitted by assembly',
        decidedBy: { userId: 'u-rev', role: 'qc-reviewer' },
        disputeId,
      },
    });
    expect(first.disputes.map((d) => [d.party, d.outcome])).toEqual([
      ['supplier:SUP-7', 'confirmed'],
      ['department:production', 'superseded'],
    ]);
    expect(second).toMatchObject({ attributionId: replacement, supersedes: attributionId, inForce: true });
    // FIN-3: the first allocation is reversed under it and made again under the replacement.
    expect(report.money.byAttribution).toEqual(
      expect.arrayContaining([
        { attributionId, allocated: cny(0), chargedBack: cny(60_000) },
        { attributionId: replacement, allocated: cny(100_000), chargedBack: cny(0) },
      ]),
    );
    // As of before this dispute, the first attribution was still in force.
    const past = await reportOverHttp(beforeDispute);
    expect(past.responsibility.inForce.map((a) => a.attributionId)).toEqual([attributionId]);
  }, 60_000);

  it('AUD-3: an event shown in the report that was altered in the log is reported as a broken link, and the command exits 1', async () => {
    const qc = services['quality-inspection'];
    const admin = qc.db.pool({ max: 1 });
    const client = await admin.connect();
    try {
      // Bypasses the append-only trigger, as an attacker with superuser rights could.
      await client.query('SET session_replication_role = replica');
      await client.query(
        `UPDATE event_store.events SET data = replace(data::text, 'incoming inspection', 'nothing')::json
          WHERE type = 'AttributionDisputed' AND data->>'caseId' = $1`,
        [caseId],
      );
    } finally {
      await client.query('RESET session_replication_role');
      client.release();
      await admin.end();
    }
    const tampered = await cli([caseNumber, '--json']);
    expect(tampered.code).toBe(1);
    const report = JSON.parse(tampered.stdout) as CaseReport;
    expect(report.chain.ok).toBe(false);
    expect(report.chain.broken).toEqual([
      expect.objectContaining({
        service: 'quality-inspection',
        type: 'AttributionDisputed',
        reason: expect.stringMatching(/modified/),
      }),
    ]);
    expect(report.entries.filter((e) => !e.link.ok).map((e) => e.type)).toEqual(['AttributionDisputed']);
  }, 90_000);
});
