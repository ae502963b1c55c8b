// Issue 31, finding 7: the standalone passes every service setting on, as a deployment does.
import { signDevToken, type PlatformConfig, type RunningService } from '@aftersales/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@aftersales/testing';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICES } from '../services/catalogue';
import { loadDispatchDemo } from '../standalone/demo-dispatch';
import { loadQualityDemo } from '../standalone/demo-quality';
import { standaloneEnv, startStandaloneServices } from '../standalone/services';
import { loadWarehouseDemoData } from '../standalone/warehouse-demo-data';
import { loadStoryDemo } from '../standalone/demo-story';
import { CLAIM_STATUSES } from '../../services/claims/src/supplier-claim/claim.events';
import { STAGES, cast, previousMonth } from '../story/story';
import { StoryClient, type ServiceUrls } from '../story/story-client';

describe('the standalone back office', () => {
  let db: TestDatabase;
  let running: RunningService<PlatformConfig>[] = [];
  const policyFile = join(tmpdir(), `standalone-policy-${process.pid}.json`);

  beforeAll(async () => {
    db = await createTestDatabase('standalone');
    writeFileSync(policyFile, JSON.stringify({ responseDeadlines: [], defaultResponseMinutes: 7 }));
    running = await startStandaloneServices(db.url, 0, {
      INTAKE_POLICY_FILE: policyFile,
      LOG_LEVEL: 'error',
    });
  });
  afterAll(async () => {
    for (const service of running.reverse()) await service.close();
    await db.drop();
  });

  it('runs every declared service, each answering at the URL it prints', async () => {
    expect(running).toHaveLength(SERVICES.length);
    for (const [i, service] of SERVICES.entries()) {
      const res = await fetch(`${running[i].url}/${service.name}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ service: service.name, docs: `/${service.name}/docs` });
    }
  });

  it("applies the user's policy file: a repair request's response deadline is the file's 7 minutes", async () => {
    const intake = running[SERVICES.findIndex((s) => s.name === 'intake')];
    const token = await signDevToken({ sub: 'u-s', name: 'S', roles: ['intake-clerk'], branches: ['HZ'] });
    const before = Date.now();
    const res = await fetch(`${intake.url}/intake/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        branch: 'HZ',
        channel: 'hotline',
        kind: 'repair-request',
        severity: 'general',
        customer: { customerId: 'cust-s', name: '赵六', phone: '13900000002', address: '杭州' },
        product: { model: 'VS1-12', serialNumber: 'SN-S' },
        problem: { description: '不能合闸' },
      }),
    });
    expect(res.status).toBe(201);
    const due = Date.parse(((await res.json()) as { responseDueAt: string }).responseDueAt);
    expect(due).toBeGreaterThanOrEqual(before + 7 * 60_000 - 1_000);
    expect(due).toBeLessThanOrEqual(Date.now() + 7 * 60_000);
  });

  it('loads demo engineers once', async () => {
    const dispatch = running[SERVICES.findIndex((s) => s.name === 'dispatch')];
    const url = `${dispatch.url}/dispatch`;
    expect(await loadDispatchDemo(url)).toEqual({ engineers: 4 });
    expect(await loadDispatchDemo(url)).toEqual({ engineers: 0 });
  });

  it('loads demo inspections in every state once', async () => {
    const qc = running[SERVICES.findIndex((s) => s.name === 'quality-inspection')];
    const url = `${qc.url}/quality-inspection`;
    expect(await loadQualityDemo(url)).toMatchObject({ inspections: 7 });
    expect(await loadQualityDemo(url)).toMatchObject({ inspections: 0 });
  });

  it('loads demo return requests at every stage it reaches alone, once', async () => {
    const returns = running[SERVICES.findIndex((s) => s.name === 'warehouse-returns')];
    const url = `${returns.url}/warehouse-returns`;
    expect(await loadWarehouseDemoData(url)).toMatchObject({ requests: 18 });
    expect(await loadWarehouseDemoData(url)).toMatchObject({ requests: 0 });
  });

  it('every service shows the operations metrics on /metrics, with values after the demo traffic', async () => {
    const kit = [
      'http_request_duration_seconds',
      'commands_total',
      'eventstore_events_appended_total',
      'eventstore_follower_lag_events',
      'timers_fired_total',
      'deadline_misses_total',
      'reaction_messages_total',
      'dead_letters_pending',
      'service_leader',
    ];
    let appended = 0;
    for (const [i, service] of SERVICES.entries()) {
      const page = await (await fetch(`${running[i].url}/${service.name}/metrics`)).text();
      const missing = kit.filter((name) => !page.includes(`# TYPE ${name} `));
      if (service.reactions?.length && !page.includes('# TYPE kafka_consumer_lag_messages gauge'))
        missing.push('kafka_consumer_lag_messages');
      expect({ service: service.name, missing }).toEqual({ service: service.name, missing: [] });
      // The earlier tests called every service over HTTP; each one runs its relay and timers alone.
      expect(page).toMatch(/^http_request_duration_seconds_count\{.*\} [1-9]/m);
      expect(page).toMatch(/^service_leader\{.*\} 1$/m);
      if (service.publicEvents) expect(page).toMatch(/^eventstore_follower_lag_events\{follower="relay:/m);
      appended += Number(/^eventstore_events_appended_total\{.*\} (\d+)/m.exec(page)?.[1] ?? 0);
    }
    expect(appended).toBeGreaterThan(0);
  });

  // After the other demos: theirs load only into a service that has nothing yet.
  it('loads the whole story with a case stopped after every stage, claims in every state and a closed month in finance, once', async () => {
    const urls = Object.fromEntries(
      SERVICES.map((s, i) => [s.name, `${running[i].url}/${s.name}`]),
    ) as unknown as ServiceUrls;
    const demo = await loadStoryDemo(urls);
    expect(demo.results.map((r) => r.reached)).toEqual([...STAGES]);
    const http = new StoryClient(urls);
    const who = cast('HZ', { engineerId: 'eng-hz-1', department: 'production' });
    const [responded, takenBack, attributed, claimed, exchanged, settled, closed] = demo.results;
    const caseStatus = async (caseId: string) =>
      (await http.must('intake', 'GET', `/cases/${caseId}`, who.clerk)).case.status;
    expect(await caseStatus(responded.caseId)).not.toBe('closed');
    expect(await caseStatus(closed.caseId)).toBe('closed');
    expect((await http.call('dispatch', 'GET', `/visits/${takenBack.visitId}`, who.dispatcher)).status).toBe(
      200,
    );
    expect(
      (
        await http.must(
          'quality-inspection',
          'GET',
          `/inspections/${attributed.inspectionId}/responsibility-history`,
          who.inspector,
        )
      ).inForce,
    ).toMatchObject({ attributionId: attributed.attributionId });
    expect(
      await http.must('claims', 'GET', `/supplier-claims/${claimed.claimId}`, who.claimsOfficer),
    ).toMatchObject({
      status: 'confirmed',
    });
    expect(
      (await http.must('warehouse-returns', 'GET', `/rmas/${exchanged.rmaId}`, who.keeper)).rma.status,
    ).toMatch(/exchange/);
    // FIN-8: last month holds the claim's case's costs and is closed; the ledger balances.
    const month = previousMonth(new Date());
    expect(settled.closedPeriod).toBe(month);
    const settlement = await http.must('finance', 'GET', `/periods/HZ/${month}/settlement`, who.finance);
    expect(settlement.closedAt).toEqual(expect.any(String));
    expect(JSON.stringify(settlement)).toContain('manufacturing-cost');
    expect((await http.must('finance', 'GET', '/trial-balance', who.finance)).balanced).toBe(true);
    // CLM-4: claims' read model holds a claim in every state it knows, demo cases' claims among them.
    const listed = async (status: string) =>
      (await http.must('claims', 'GET', `/supplier-claims?status=${status}&branch=HZ`, who.claimsOfficer))
        .items as Array<{ claimId: string; refundedMinor: number }>;
    const byStatus = Object.fromEntries(
      await Promise.all(CLAIM_STATUSES.map(async (s) => [s, await listed(s)] as const)),
    );
    expect(Object.entries(byStatus).filter(([, items]) => items.length === 0)).toEqual([]);
    const [pending, withdrawn] = demo.claims;
    expect(demo.claims.map((k) => k.ending)).toEqual(['dispute-pending', 'withdrawn-refunded']);
    expect(byStatus.disputed.map((k) => k.claimId)).toContain(pending.claimId);
    expect(byStatus.issued.length).toBeGreaterThan(0);
    // FIN-6: the claim withdrawn after its chargeback shows it refunded in full.
    const refunded = await http.must(
      'claims',
      'GET',
      `/supplier-claims/${withdrawn.claimId}`,
      who.claimsOfficer,
    );
    expect(refunded).toMatchObject({
      status: 'withdrawn',
      refunded: refunded.confirmedAmount,
      chargedBack: { amountMinor: 0 },
    });
    expect(refunded.confirmedAmount.amountMinor).toBeGreaterThan(0);
    expect(byStatus.withdrawn).toContainEqual(
      expect.objectContaining({
        claimId: withdrawn.claimId,
        refundedMinor: refunded.confirmedAmount.amountMinor,
      }),
    );
    expect(await loadStoryDemo(urls)).toMatchObject({ cases: 0 });
  }, 180_000);

  it('after every demo, no service holds a dead letter and no read model parked an event', async () => {
    const values = (page: string, name: string) =>
      [...page.matchAll(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'gm'))].map((m) => Number(m[1]));
    const pages = await eventually(
      async () => {
        const all = await Promise.all(
          SERVICES.map(async (service, i) =>
            (await fetch(`${running[i].url}/${service.name}/metrics`)).text(),
          ),
        );
        // Every event relayed and every message consumed: applied or dead-lettered by now.
        const behind = all.some((page) =>
          [
            ...values(page, 'eventstore_follower_lag_events'),
            ...values(page, 'kafka_consumer_lag_messages'),
          ].some((lag) => lag > 0),
        );
        return behind ? undefined : all;
      },
      'every follower and consumer caught up',
      60_000,
    );
    for (const [i, service] of SERVICES.entries())
      expect({
        service: service.name,
        deadLetters: values(pages[i], 'dead_letters_pending').reduce((s, n) => s + n, 0),
        parked: values(pages[i], 'projection_parked_events').reduce((s, n) => s + n, 0),
      }).toEqual({ service: service.name, deadLetters: 0, parked: 0 });
  });

  it('after the demos, each service shows its own latency histogram, accepted commands, appended events and consumer lag per partition', async () => {
    const samples = (page: string, name: string) =>
      [...page.matchAll(new RegExp(`^${name}\\{([^}]*)\\} (\\S+)$`, 'gm'))].map((m) => ({
        labels: Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]])),
        value: Number(m[2]),
      }));
    for (const [i, service] of SERVICES.entries()) {
      const page = await (await fetch(`${running[i].url}/${service.name}/metrics`)).text();
      const requests = samples(page, 'http_request_duration_seconds_bucket').filter(
        (b) => b.labels.le === '+Inf' && b.labels.method === 'POST' && b.value > 0,
      );
      const accepted = samples(page, 'commands_total').filter((c) => c.labels.outcome === 'accepted');
      const seen = {
        service: service.name,
        ownHistogram: requests.length > 0 && requests.every((b) => b.labels.service === service.name),
        accepted: accepted.reduce((sum, c) => sum + c.value, 0) > 0,
        appended: samples(page, 'eventstore_events_appended_total').some((a) => a.value > 0),
      };
      expect(seen).toEqual({ service: service.name, ownHistogram: true, accepted: true, appended: true });
      // One sample per partition of every topic its reactions consume, numbered from 0.
      const lag = samples(page, 'kafka_consumer_lag_messages');
      const consumed = new Set(
        (service.reactions ?? []).flatMap((r) => r.topics(running[i].config as never)),
      );
      expect([service.name, new Set(lag.map((l) => l.labels.topic))]).toEqual([service.name, consumed]);
      for (const topic of consumed) {
        const partitions = lag.filter((l) => l.labels.topic === topic).map((l) => Number(l.labels.partition));
        expect([topic, [...partitions].sort((a, b) => a - b)]).toEqual([topic, partitions.map((_, p) => p)]);
        expect(partitions.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps what only it provides: its database (with the log) and the in-process bus', () => {
    const env = standaloneEnv(
      {
        DATABASE_URL: 'postgres://elsewhere/x',
        EVENT_STORE: 'eventstoredb',
        KAFKA_BROKERS: '10.0.0.1:9092',
        DISPATCH_POLICY_FILE: 'p.json',
      },
      'postgres://embedded/aftersales',
      3001,
    );
    expect(env).toMatchObject({
      DATABASE_URL: 'postgres://embedded/aftersales',
      EVENT_STORE: 'postgres',
      KAFKA_BROKERS: 'in-process',
      DISPATCH_POLICY_FILE: 'p.json',
      PORT: '3001',
    });
  });
});
