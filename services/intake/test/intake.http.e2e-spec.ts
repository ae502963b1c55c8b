import type { PostgresEventStore } from '@aftersales/event-store';
import { startIntake, tokenFor, type IntakeUnderTest } from './intake-app';

const registration = {
  branch: 'HZ',
  channel: 'hotline',
  kind: 'quality-complaint',
  severity: 'general',
  customer: {
    customerId: 'cust-42',
    name: '王芳',
    phone: '+86 571 8888 0000',
    address: '杭州市西湖区文三路 1 号',
  },
  product: { model: 'KYN28-12', serialNumber: 'SN-42' },
  problem: { description: '合闸后立即跳闸', symptomCode: 'TRIP' },
};

describe('intake over HTTP', () => {
  let intake: IntakeUnderTest;
  let clerk: string;
  let manager: string;
  let nbClerk: string;
  let executive: string;

  beforeAll(async () => {
    intake = await startIntake();
    clerk = await tokenFor('u-li', ['intake-clerk'], ['HZ']);
    manager = await tokenFor('u-wang', ['branch-manager'], ['HZ']);
    nbClerk = await tokenFor('u-zhao', ['intake-clerk'], ['NB']);
    executive = await tokenFor('u-boss', ['executive'], []);
  });
  afterAll(() => intake.stop());

  it('INT-1..INT-8: registers, reviews, answers in time, closes with confirmation and records the survey', async () => {
    const reg = await intake.call('POST', '/cases', clerk, registration, {
      'x-correlation-id': 'corr-e2e-1',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.caseNumber).toMatch(/^HZ-\d{4}-000001$/);
    const id = reg.body.caseId;

    expect(
      (await intake.call('POST', `/cases/${id}/review`, clerk, { founded: true, remedy: 'repair' })).status,
    ).toBe(200);
    const answered = await intake.call('POST', `/cases/${id}/responses`, clerk, {
      response: 'engineer dispatched, breaker to be replaced',
    });
    expect(answered.body.events).toEqual(['CaseResponded']);
    expect(
      (await intake.call('POST', `/cases/${id}/resolution`, clerk, { outcome: 'breaker replaced' })).status,
    ).toBe(200);
    const closed = await intake.call('POST', `/cases/${id}/closure`, clerk, {
      outcome: 'breaker replaced, customer satisfied',
      confirmation: { signedBy: '王芳', signedAt: new Date().toISOString(), method: 'e-signature' },
    });
    expect(closed.body.status).toBe('closed');
    const survey = await intake.call('POST', `/cases/${id}/survey`, clerk, {
      scores: { attitude: 4, skill: 4, arrivalTime: 3, keepingPromises: 4 },
    });
    expect(survey.body.events).toEqual(['SurveyAnswered']);

    const detail = await intake.call('GET', `/cases/${id}`, clerk);
    expect(detail.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'CaseRegistered',
      'CaseAccepted',
      'CaseResponded',
      'CaseResolved',
      'CaseClosed',
      'SurveyAnswered',
    ]);
    expect(detail.body.timeline[0]).toMatchObject({
      actor: { userId: 'u-li', role: 'intake-clerk' },
      branch: 'HZ',
      correlationId: 'corr-e2e-1',
    });
    expect(detail.body.registration.customer.name).toBe('王芳');

    await intake.runtime.projections.catchUp();
    const register = (await intake.call('GET', '/cases?status=closed', clerk)).body;
    expect(register.items[0]).toMatchObject({ caseId: id, respondedInTime: true, surveyTotal: 15 });
  });

  it('ORG-1: another branch can neither read, write nor list HZ cases', async () => {
    const reg = await intake.call('POST', '/cases', clerk, registration);
    const id = reg.body.caseId;
    expect((await intake.call('GET', `/cases/${id}`, nbClerk)).status).toBe(403);
    expect((await intake.call('POST', `/cases/${id}/responses`, nbClerk, { response: 'x' })).status).toBe(
      403,
    );
    expect((await intake.call('GET', '/cases?branch=HZ', nbClerk)).status).toBe(403);
    expect((await intake.call('POST', '/cases', nbClerk, registration)).status).toBe(403);
    const own = await intake.call('GET', '/cases', nbClerk);
    expect(own.body.items).toEqual([]);
  });

  it('ORG-2: only the branch manager overturns a rejection; the clerk cannot review twice', async () => {
    const id = (await intake.call('POST', '/cases', clerk, registration)).body.caseId;
    await intake.call('POST', `/cases/${id}/review`, clerk, {
      founded: false,
      explanation: 'operated above rating',
    });
    const again = await intake.call('POST', `/cases/${id}/review`, clerk, {
      founded: true,
      remedy: 'repair',
    });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ error: 'rule_violation', rule: 'ORG-2' });
    expect(
      (
        await intake.call('POST', `/cases/${id}/review/overturn`, clerk, {
          founded: true,
          remedy: 'repair',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const overturned = await intake.call('POST', `/cases/${id}/review/overturn`, manager, {
      founded: true,
      remedy: 'exchange',
      reason: 'photos show a cracked housing',
    });
    expect(overturned.body.status).toBe('accepted');
  });

  it('bad input is a 400 naming the field, and changes nothing', async () => {
    await intake.runtime.projections.catchUp();
    const before = (await intake.call('GET', '/cases', clerk)).body.total;
    const bad = await intake.call('POST', '/cases', clerk, {
      ...registration,
      kind: 'gossip',
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'colour']));
    await intake.runtime.projections.catchUp();
    expect((await intake.call('GET', '/cases', clerk)).body.total).toBe(before);
    expect((await intake.call('POST', '/cases', undefined, registration)).status).toBe(401);
    expect((await intake.call('GET', '/cases/00000000-0000-4000-8000-000000000000', clerk)).status).toBe(404);
  });

  it('INT-11: the clocks pause while waiting on the customer and resume later, due later by the pause', async () => {
    const id = (await intake.call('POST', '/cases', clerk, registration)).body.caseId;
    const before = (await intake.call('GET', `/cases/${id}`, clerk)).body.case;
    const bad = await intake.call('POST', `/cases/${id}/clock-pause`, clerk, { reason: 'lunch' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
    const paused = await intake.call('POST', `/cases/${id}/clock-pause`, clerk, {
      reason: 'information-requested',
      note: 'asked for the nameplate photo',
    });
    expect(paused.status).toBe(200);
    expect(paused.body.events).toEqual(['DeadlineClockPaused']);
    expect(
      (await intake.call('POST', `/cases/${id}/clock-pause`, nbClerk, { reason: 'customer-unavailable' }))
        .status,
    ).toBe(403);
    await new Promise((r) => setTimeout(r, 50));
    const resumed = await intake.call('POST', `/cases/${id}/clock-resume`, clerk);
    expect(resumed.body.events).toEqual(['DeadlineClockResumed']);
    const after = (await intake.call('GET', `/cases/${id}`, clerk)).body;
    expect(Date.parse(after.case.responseDueAt)).toBeGreaterThan(Date.parse(before.responseDueAt));
    expect(after.case.pausedMs).toBeGreaterThanOrEqual(50);
    expect(after.timeline.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['DeadlineClockPaused', 'DeadlineClockResumed']),
    );
  });

  it('INT-1: the same Idempotency-Key returns the same case instead of a second one', async () => {
    const first = await intake.call('POST', '/cases', clerk, registration, { 'idempotency-key': 'form-778' });
    const again = await intake.call('POST', '/cases', clerk, registration, { 'idempotency-key': 'form-778' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.caseNumber).toBe(first.body.caseNumber);
  });

  it('AUD-4: forgetting a customer erases their personal data from reads while the log verifies', async () => {
    const reg = await intake.call('POST', '/cases', clerk, {
      ...registration,
      customer: { ...registration.customer, customerId: 'cust-forget' },
    });
    expect((await intake.call('POST', '/customers/cust-forget/forget', clerk)).status).toBe(403);
    expect((await intake.call('POST', '/customers/cust-forget/forget', executive)).status).toBe(200);
    const detail = await intake.call('GET', `/cases/${reg.body.caseId}`, clerk);
    expect(detail.body.registration.customer).toMatchObject({
      customerId: 'cust-forget',
      name: '[erased]',
      phone: '[erased]',
      address: '[erased]',
    });
    expect(detail.body.registration.product.serialNumber).toBe('SN-42');
    const verdict = await (intake.runtime.store as PostgresEventStore).verify();
    expect(verdict).toMatchObject({ ok: true });
  });

  it('/metrics shows the group commits and how far each follower of the log is behind it', async () => {
    const scrape = async () => (await fetch(`${intake.service.url}/intake/metrics`)).text();
    const value = (text: string, series: RegExp) => Number(series.exec(text)?.[1] ?? NaN);
    const before = value(await scrape(), /^eventstore_flush_events_sum\{service="intake"\} (\d+)/m);
    await Promise.all(
      ['SN-m1', 'SN-m2', 'SN-m3'].map((serialNumber) =>
        intake.call('POST', '/cases', clerk, {
          ...registration,
          product: { model: 'KYN28-12', serialNumber },
        }),
      ),
    );
    await intake.runtime.projections.catchUp();
    const text = await scrape();
    expect(value(text, /^eventstore_flush_events_sum\{service="intake"\} (\d+)/m)).toBe(before + 3);
    expect(text).toMatch(/^eventstore_flush_seconds_count\{[^}]*path="(guessed|careful)"[^}]*\} [1-9]/m);
    const head = value(text, /^eventstore_head_position\{service="intake"\} (\d+)/m);
    expect(head).toBe((await intake.runtime.store.readAll()).at(-1)!.globalPosition);
    // Every projection is where the log ends; without Kafka there is no relay.
    for (const name of ['complaint-register', 'deadline-timers', 'reactions'])
      expect(text).toMatch(
        new RegExp(
          `^eventstore_follower_lag_events\\{[^}]*follower="projection:intake.${name}"[^}]*\\} 0$`,
          'm',
        ),
      );
    expect(text).not.toContain('follower="relay:');
  });
});
