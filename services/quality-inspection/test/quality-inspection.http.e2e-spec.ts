import { rebuildFromEnv } from '@aftersales/platform';
import { eventually } from '@aftersales/testing';
import { qualityInspectionService } from '../src/quality-inspection.service';
import {
  qcToken,
  SHA,
  startQualityInspection,
  type QualityInspectionUnderTest,
} from './quality-inspection-app';

const evidence = [{ kind: 'photo', ref: 'dms://qc/1.jpg', sha256: SHA }];
const production = (shareBp = 10_000) => ({
  party: { kind: 'department', department: 'production' },
  shareBp,
});

describe('quality inspection over HTTP (no broker)', () => {
  let qc: QualityInspectionUnderTest;
  let inspector: string;

  beforeAll(async () => {
    qc = await startQualityInspection();
    inspector = await qcToken('u-qc', ['qc-inspector'], []);
  });
  afterAll(() => qc?.stop());

  async function openWithFinding(
    branch = 'HZ',
    model = 'KYN28-12',
    rootCause = 'manufacturing',
    origin = 'quality-return',
  ) {
    const opened = await qc.call('POST', '/inspections', inspector, {
      branch,
      product: { model, serialNumber: `SN-${Math.random()}` },
      origin,
      originRef: 'RMA-1',
    });
    expect(opened.status).toBe(201);
    const { inspectionId } = opened.body;
    const finding = await qc.call('POST', `/inspections/${inspectionId}/findings`, inspector, {
      failureMode: 'coil burnt',
      rootCause,
      evidence,
    });
    return { inspectionId, findingId: finding.body.findingId as string };
  }

  it('QC-3: bad share tables are 400 naming the field or 422 naming the rule, and append nothing', async () => {
    const { inspectionId, findingId } = await openWithFinding();
    const attribute = (body: object, token = inspector) =>
      qc.call('POST', `/inspections/${inspectionId}/attributions`, token, { basis: [findingId], ...body });
    const before = (await qc.runtime.store.readStream(`inspection-${inspectionId}`)).length;

    const fractional = await attribute({
      shares: [production(9_999.5), { ...production(0.5), party: { kind: 'supplier', supplierId: 'S' } }],
    });
    expect(fractional.status).toBe(400);
    expect(JSON.stringify(fractional.body.details)).toContain('shares.0.shareBp');
    const negative = await attribute({ shares: [production(-1)] });
    expect(negative.status).toBe(400);
    // Found by the fuzz test (was a 500): a share line without its party.
    const noParty = await attribute({ shares: [{ shareBp: 10_000 }] });
    expect(noParty.status).toBe(400);
    expect(JSON.stringify(noParty.body.details)).toContain('shares.0.party');
    const listInList = await attribute({ shares: [[]] });
    expect(listInList.status).toBe(400);
    expect(JSON.stringify(listInList.body.details)).toContain('shares.0');
    const unknownParty = await attribute({ shares: [{ party: { kind: 'martian' }, shareBp: 10_000 }] });
    expect(unknownParty.status).toBe(400);
    expect(JSON.stringify(unknownParty.body.details)).toContain('shares.0.party.kind');
    expect(await attribute({ shares: [production(9_000)] })).toMatchObject({
      status: 422,
      body: { rule: 'QC-3' },
    });
    const clerk = await qcToken('u-c', ['intake-clerk'], ['HZ']);
    expect((await attribute({ shares: [production()] }, clerk)).status).toBe(403);
    const noHash = await qc.call('POST', `/inspections/${inspectionId}/findings`, inspector, {
      failureMode: 'x',
      rootCause: 'design',
      evidence: [{ kind: 'photo', ref: 'dms://x' }],
    });
    expect(noHash.status).toBe(400);
    expect(JSON.stringify(noHash.body.details)).toContain('evidence.0.sha256');
    expect((await qc.runtime.store.readStream(`inspection-${inspectionId}`)).length).toBe(before);
    expect(
      (
        await qc.call('POST', `/inspections/${crypto.randomUUID()}/attributions`, inspector, {
          basis: ['f'],
          shares: [production()],
        })
      ).status,
    ).toBe(404);
  });

  it('QC-4: a supersession of an attribution no longer in force is 409; a dispute by a party not blamed is 403', async () => {
    const { inspectionId, findingId } = await openWithFinding();
    const attribute = (body: object) =>
      qc.call('POST', `/inspections/${inspectionId}/attributions`, inspector, {
        basis: [findingId],
        ...body,
      });
    const a1 = (await attribute({ shares: [production()] })).body.attributionId;
    const a2 = await attribute({
      shares: [production(5_000), { party: { kind: 'carrier', carrierId: 'CAR-1' }, shareBp: 5_000 }],
      supersedes: { attributionId: a1, reason: 'transport damage found' },
    });
    expect(a2.status).toBe(200);
    const stale = await attribute({
      shares: [production()],
      supersedes: { attributionId: a1, reason: 'again' },
    });
    expect(stale).toMatchObject({ status: 409, body: { rule: 'QC-4' } });
    const claims = await qcToken('u-clm', ['claims-officer'], ['HZ']);
    const notBlamed = await qc.call('POST', `/inspections/${inspectionId}/disputes`, claims, {
      attributionId: a2.body.attributionId,
      party: 'supplier:SUP-9',
      reason: 'not us',
      evidence: [],
    });
    expect(notBlamed.status).toBe(403);
    const head = await qcToken('u-prod', ['department-head'], [], ['production']);
    const byHead = await qc.call('POST', `/inspections/${inspectionId}/disputes`, head, {
      attributionId: a2.body.attributionId,
      party: 'department:production',
      reason: 'the carrier dropped it',
      evidence,
    });
    expect(byHead.status).toBe(200);
  });

  it('QC-5/QC-7: sign-off raises a CAPA that goes overdue by its timer and closes, listed by inspection; lists filter by cause and party; the monthly summary counts; a rebuild gives the same', async () => {
    const a = await openWithFinding('HZ', 'KYN28-12', 'manufacturing');
    const b = await openWithFinding('NB', 'VS1-12', 'purchased-part');
    await qc.call('POST', `/inspections/${a.inspectionId}/attributions`, inspector, {
      basis: [a.findingId],
      shares: [production()],
    });
    await qc.call('POST', `/inspections/${b.inspectionId}/attributions`, inspector, {
      basis: [b.findingId],
      shares: [{ party: { kind: 'supplier', supplierId: 'SUP-7' }, shareBp: 10_000 }],
    });
    const dueAt = new Date(Date.now() + 1_500).toISOString();
    const signed = await qc.call('POST', `/inspections/${a.inspectionId}/sign-off`, inspector, {
      capa: { ownerDepartment: 'production', action: 'recalibrate line 2', dueAt },
    });
    expect(signed.body.events).toEqual(['InspectionSignedOff', 'CapaRaised']);
    const overdue = await eventually(
      async () => {
        const res = await qc.call('GET', '/capas?status=overdue', inspector);
        return res.body.items.find((c: { inspectionId: string }) => c.inspectionId === a.inspectionId);
      },
      'the CAPA overdue',
      20_000,
    );
    expect(overdue).toMatchObject({ ownerDepartment: 'production', status: 'overdue' });
    // An inspection's CAPAs whatever their status; the default list keeps the open and overdue.
    const closed = await qc.call(
      'POST',
      `/inspections/${a.inspectionId}/capas/${overdue.capaId}/closure`,
      inspector,
      { effective: true, verification: { note: 'line 2 recalibrated', evidence } },
    );
    expect(closed.status).toBe(200);
    const ofInspection = await eventually(
      async () => {
        const res = await qc.call('GET', `/capas?inspectionId=${a.inspectionId}`, inspector);
        return res.body.items[0]?.status === 'closed' ? res.body.items : undefined;
      },
      'the CAPA closed',
      10_000,
    );
    expect(ofInspection).toEqual([
      expect.objectContaining({ capaId: overdue.capaId, status: 'closed', closedAt: expect.any(String) }),
    ]);
    expect(
      (await qc.call('GET', '/capas', inspector)).body.items.map(
        (c: { inspectionId: string }) => c.inspectionId,
      ),
    ).not.toContain(a.inspectionId);
    expect((await qc.call('GET', '/capas?inspectionId=nope', inspector)).status).toBe(400);

    const list = async (query: string) =>
      (await qc.call('GET', `/inspections?${query}`, inspector)).body.items.map(
        (i: { inspectionId: string }) => i.inspectionId,
      );
    await eventually(
      async () => (await list('cause=purchased-part')).includes(b.inspectionId),
      'the list',
      10_000,
    );
    expect(await list('responsible=supplier:SUP-7')).toEqual([b.inspectionId]);
    expect(await list('cause=manufacturing&status=signed-off')).toEqual([a.inspectionId]);
    const branchManager = await qcToken('u-bm', ['branch-manager'], ['NB']);
    expect((await qc.call('GET', '/inspections?branch=HZ', branchManager)).status).toBe(403);
    const page1 = (await qc.call('GET', '/inspections?limit=1', inspector)).body;
    const page2 = (await qc.call('GET', `/inspections?limit=1&cursor=${page1.nextCursor}`, inspector)).body;
    expect(page2.items[0].inspectionId).not.toBe(page1.items[0].inspectionId);
    expect((await qc.call('GET', '/inspections?cursor=bm9wZQ', inspector)).status).toBe(400);

    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    const summary = async () => (await qc.call('GET', `/reports/monthly?month=${month}`, inspector)).body;
    const before = await summary();
    expect(before.byResponsibleParty).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'supplier:SUP-7', inspections: 1, weightedBp: 10_000 }),
      ]),
    );
    expect(before.byModel).toEqual(expect.arrayContaining([{ key: 'VS1-12', inspections: 1 }]));
    expect(before.byCause).toEqual(expect.arrayContaining([{ key: 'purchased-part', inspections: 1 }]));

    // KPI-3: replaying the log gives the same figures.
    await rebuildFromEnv(qualityInspectionService, [], { DATABASE_URL: qc.db.url }, () => undefined);
    expect(await summary()).toEqual(before);
  });

  it('QC-6: an unsalable return is checked for its original quality and signed; a quality return is not', async () => {
    const u = await openWithFinding('HZ', 'KYN28-12', 'no-fault-found', 'unsalable-return');
    const check = (id: string) =>
      qc.call('POST', `/inspections/${id}/unsalable-check`, inspector, {
        intact: true,
        note: 'seal intact',
        evidence,
      });
    expect((await check(u.inspectionId)).body.status).toBe('checked-intact');
    const q = await openWithFinding();
    expect(await check(q.inspectionId)).toMatchObject({ status: 422, body: { rule: 'QC-6' } });
  });
});
