import { fixedClock } from '@aftersales/kernel';
import { eventually, readTopic, uniqueTopic } from '@aftersales/testing';
import { startClaims, tokenFor, type ClaimsUnderTest } from './claims-app';

describe('claims over HTTP: the registry, its import and contracts (issue 25)', () => {
  const topic = uniqueTopic('aftersales.claims.events');
  const clock = fixedClock('2027-01-10T02:00:00.000Z');
  let claims: ClaimsUnderTest;
  let reader: Awaited<ReturnType<typeof readTopic>>;
  let officer: string;
  let foreigner: string;

  beforeAll(async () => {
    claims = await startClaims(
      {
        KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
        CLAIMS_EVENTS_TOPIC: topic,
        CLAIMS_CONSUMER_GROUP: `${topic}.claims`,
        INTAKE_EVENTS_TOPIC: uniqueTopic('aftersales.intake.events'),
        DISPATCH_EVENTS_TOPIC: uniqueTopic('aftersales.dispatch.events'),
        QUALITY_INSPECTION_EVENTS_TOPIC: uniqueTopic('aftersales.quality-inspection.events'),
        FINANCE_EVENTS_TOPIC: uniqueTopic('aftersales.finance.events'),
        WAREHOUSE_RETURNS_EVENTS_TOPIC: uniqueTopic('aftersales.warehouse-returns.events'),
        CLAIMS_BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai,NB=Asia/Shanghai',
      },
      clock,
    );
    reader = await readTopic(topic, 'claims-http-reader');
    officer = await tokenFor('u-clm', ['claims-officer'], ['HZ']);
    foreigner = await tokenFor('u-nb', ['claims-officer'], ['NB']);
  }, 60_000);

  afterAll(async () => {
    await reader?.stop();
    await claims?.stop();
  });

  const product = (serial: string, extra: object = {}) => ({
    serial,
    model: 'KYN28-12',
    customerId: 'cust-1',
    branch: 'HZ',
    deliveryDate: '2026-03-01',
    commissioningDate: '2026-03-15',
    ...extra,
  });

  it('CLM-1: an import registers the good rows, reports each bad row by line and reason, and a re-import changes nothing', async () => {
    const content = [
      JSON.stringify(product('IMP-1')),
      JSON.stringify(product('IMP-2', { commissioningDate: '2026-02-01' })),
      'not json',
      JSON.stringify(product('IMP-3', { branch: 'NB' })),
      JSON.stringify({ serial: 'IMP-4', model: 'KYN28-12', branch: 'HZ' }),
      JSON.stringify(product('IMP-5', { deliveryDate: '2026-02-30' })),
      JSON.stringify(product('IMP-6')),
      JSON.stringify(product('IMP-6')), // the same row twice in one file registers once
    ].join('\n');
    const first = await claims.call('POST', '/products/import', officer, { format: 'jsonl', content });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ registered: 2, unchanged: 1 });
    expect(first.body.rejected).toEqual([
      { line: 2, reason: 'CLM-1: commissioningDate 2026-02-01 is before deliveryDate 2026-03-01' },
      { line: 3, reason: 'not a JSON object' },
      { line: 4, reason: expect.stringMatching(/^ORG-1: branch NB/) },
      { line: 5, reason: expect.stringMatching(/^customerId: /) },
      { line: 6, reason: expect.stringMatching(/^deliveryDate: /) },
    ]);
    const again = await claims.call('POST', '/products/import', officer, { format: 'jsonl', content });
    expect(again.body).toMatchObject({ registered: 0, unchanged: 3 });
    const history = await eventually(async () => {
      const h = await claims.call('GET', '/products/IMP-1/history', officer);
      return h.body.entries?.length > 0 && h;
    }, 'IMP-1 history');
    expect(history.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['registered']);
  });

  it('CLM-1: a serial shows where its warranty stands today in the branch calendar', async () => {
    await claims.call('POST', '/products', officer, product('SN-VIEW'));
    const view = await claims.call('GET', '/products/SN-VIEW', officer);
    expect(view.status).toBe(200);
    expect(view.body.warranty).toEqual({
      startsOn: '2026-03-15',
      today: '2027-01-10',
      standing: 'full-warranty',
      fullUntil: '2028-03-14',
      extendedUntil: '2031-03-14',
    });
    expect((await claims.call('GET', '/products/SN-VIEW', foreigner)).status).toBe(403);
    expect((await claims.call('GET', '/products/NO-SUCH', officer)).status).toBe(404);
  });

  it('CLM-1: bad input is 400 naming the field; commissioning before delivery is 422 naming the rule; nothing is appended', async () => {
    const bad = await claims.call('POST', '/products', officer, {
      ...product('SN-BAD'),
      deliveryDate: 'yesterday',
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('deliveryDate');
    const early = await claims.call(
      'POST',
      '/products',
      officer,
      product('SN-BAD', { commissioningDate: '2026-01-01' }),
    );
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'CLM-1' });
    expect((await claims.call('GET', '/products/SN-BAD', officer)).status).toBe(404);
  });

  it('CLM-2: overlapping contracts are refused; the expiry notice goes out a month before, by its durable timer', async () => {
    await claims.call('POST', '/products', officer, product('SN-MC'));
    const added = await claims.call('POST', '/products/SN-MC/contracts', officer, {
      contractId: 'MC-1',
      kind: 'maintenance',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    });
    expect(added.status).toBe(201);
    expect(added.body.contracts).toEqual([
      {
        contractId: 'MC-1',
        kind: 'maintenance',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        noticeOn: '2027-11-30',
      },
    ]);
    const overlap = await claims.call('POST', '/products/SN-MC/contracts', officer, {
      contractId: 'MC-2',
      kind: 'maintenance',
      startsOn: '2027-12-01',
      endsOn: '2028-12-31',
    });
    expect(overlap.status).toBe(422);
    expect(overlap.body).toMatchObject({ rule: 'CLM-2' });
    const unknown = await claims.call('POST', '/products/NO-SUCH/contracts', officer, {
      contractId: 'MC-3',
      kind: 'maintenance',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    });
    expect(unknown.status).toBe(404);

    // The day before the notice day (Shanghai) nothing is sent; at its local midnight it is.
    clock.set('2027-11-29T15:59:00.000Z');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(reader.seen.filter((m) => m.type === 'claims.contract-expiry-notified.v1')).toEqual([]);
    clock.set('2027-11-29T16:00:00.000Z');
    const notice = await eventually(
      () => reader.seen.find((m) => m.type === 'claims.contract-expiry-notified.v1'),
      'contract-expiry-notified',
    );
    expect(notice).toMatchObject({
      key: 'SN-MC',
      payload: { serial: 'SN-MC', contractId: 'MC-1', endsOn: '2027-12-31' },
    });
  });

  it('CLM-4: a claim that does not exist is 404; a malformed id is 400', async () => {
    expect(
      (await claims.call('GET', '/supplier-claims/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', officer)).status,
    ).toBe(404);
    expect((await claims.call('GET', '/supplier-claims/nope', officer)).status).toBe(400);
    const list = await claims.call('GET', '/supplier-claims', officer);
    expect(list.body).toMatchObject({ items: [], total: 0 });
  });

  it('CLM-6: a campaign links cases only after an executive approves it; nobody else can', async () => {
    const proposed = await claims.call('POST', '/campaigns', officer, {
      branch: 'HZ',
      kind: 'recall',
      title: 'coil batch 2026-11',
      model: 'KYN28-12',
      serials: ['SN-MC', 'SN-VIEW'],
    });
    expect(proposed.status).toBe(201);
    const id = proposed.body.campaignId;
    expect(proposed.body).toMatchObject({ status: 'proposed', serials: ['SN-MC', 'SN-VIEW'] });
    const early = await claims.call('POST', `/campaigns/${id}/cases`, officer, { caseId: 'c-1' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'CLM-6' });
    expect((await claims.call('POST', `/campaigns/${id}/approve`, officer)).status).toBe(403);
    const executive = await tokenFor('u-exec', ['executive'], []);
    const approved = await claims.call('POST', `/campaigns/${id}/approve`, executive);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'open', approvedBy: 'u-exec' });
    const linked = await claims.call('POST', `/campaigns/${id}/cases`, officer, { caseId: 'c-1' });
    expect(linked.body).toMatchObject({ cases: ['c-1'], events: ['CampaignCaseLinked'] });
    const noSerials = await claims.call('POST', '/campaigns', officer, {
      branch: 'HZ',
      kind: 'recall',
      title: 't',
      model: 'm',
      serials: [],
    });
    expect(noSerials.status).toBe(400);
    expect(JSON.stringify(noSerials.body)).toContain('serials');
  });

  it("CLM-6: the campaign list shows each campaign with its state, units and cases, within the caller's branches", async () => {
    const proposed = await claims.call('POST', '/campaigns', officer, {
      branch: 'HZ',
      kind: 'batch-quality',
      title: 'contacts of lot 2611',
      model: 'VS1-12',
      serials: ['SN-L1', 'SN-L2', 'SN-L1'],
    });
    const id = proposed.body.campaignId;
    const executive = await tokenFor('u-exec', ['executive'], []);
    await claims.call('POST', `/campaigns/${id}/approve`, executive);
    await claims.call('POST', `/campaigns/${id}/cases`, officer, { caseId: 'c-lot' });
    await claims.call('POST', `/campaigns/${id}/cases`, officer, { caseId: 'c-lot' });
    await claims.call('POST', `/campaigns/${id}/serials`, officer, { serials: ['SN-L2', 'SN-L3'] });
    const row = await eventually(async () => {
      const list = await claims.call('GET', '/campaigns?status=open', executive);
      // The serials added last are the last event the list applies.
      return list.body.items?.find((c: { campaignId: string; serialCount: number }) =>
        c.campaignId === id && c.serialCount > 2 ? c : undefined,
      );
    }, 'the approved campaign in the list, with its serials added');
    expect(row).toMatchObject({
      branch: 'HZ',
      kind: 'batch-quality',
      status: 'open',
      approvedBy: 'u-exec',
      serialCount: 3,
      cases: ['c-lot'],
    });
    const proposedOnly = await claims.call('GET', '/campaigns?status=proposed', executive);
    expect(proposedOnly.body.items.map((c: { campaignId: string }) => c.campaignId)).not.toContain(id);
    const elsewhere = await tokenFor('u-nb', ['claims-officer'], ['NB']);
    expect((await claims.call('GET', '/campaigns', elsewhere)).body).toMatchObject({ items: [], total: 0 });
    const bad = await claims.call('GET', '/campaigns?status=closed', officer);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status');
  });
});
