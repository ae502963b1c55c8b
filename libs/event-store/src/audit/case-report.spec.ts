import type { AuditDescription } from './audit-description';
import type { AuditedEvent, CaseAuditPart } from './case-part';
import { assembleCaseReport } from './case-report';
import { formatMoney, renderCaseReport } from './case-report.text';

const CASE = '0190b7c4-0000-7000-8000-0000000000c1';
const QC = { userId: 'u-qc', role: 'qc-inspector' };
const REVIEWER = { userId: 'u-rev', role: 'qc-reviewer' };
const OFFICER = { userId: 'u-co', role: 'claims-officer' };
const SYSTEM = { userId: 'system', role: 'system' };
const cny = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });

let n = 0;
function event(
  service: string,
  type: string,
  minute: number,
  // The Chinese line is the English one marked, unless the test gives its own.
  description: Omit<AuditDescription, 'summaryZh'> & { summaryZh?: string },
  extra: Partial<AuditedEvent> = {},
): AuditedEvent {
  n += 1;
  const at = new Date(Date.UTC(2026, 11, 1, 8, minute)).toISOString();
  return {
    service,
    position: minute,
    streamId: `${service.split('-')[0]}-1`,
    version: n,
    eventId: `0190b7c4-0000-7000-8000-${String(n).padStart(12, '0')}`,
    type,
    occurredAt: at,
    recordedAt: at,
    actor: SYSTEM,
    branch: 'HZ',
    correlationId: 'corr-1',
    description: { summaryZh: `中文：${description.summary}`, ...description },
    link: { ok: true },
    data: {},
    ...extra,
  };
}

const part = (service: string, events: AuditedEvent[], caseNumber?: string): CaseAuditPart => ({
  schema: 'aftersales.case-audit-part.v1',
  service,
  caseId: CASE,
  ...(caseNumber ? { caseNumber } : {}),
  asOf: null,
  events,
  chain: {
    ok: events.every((e) => e.link.ok),
    checked: events.length,
    broken: events.filter((e) => !e.link.ok).length,
  },
});

const finding = event(
  'quality-inspection',
  'FindingRecorded',
  10,
  {
    summary: 'finding F1: purchased-part',
    kind: 'decision',
    decidedBy: QC,
    refs: { findingId: 'F1' },
    evidence: [{ kind: 'photo', ref: 'ev/relay.jpg', sha256: 'ab'.repeat(32) }],
  },
  { actor: QC },
);
const SHARES_60_40 = [
  { party: 'supplier:SUP-7', shareBp: 6000 },
  { party: 'department:production', shareBp: 4000 },
];
const attributed = (id: string, minute: number, shares = SHARES_60_40, supersedes?: string) =>
  event(
    'quality-inspection',
    'ResponsibilityAttributed',
    minute,
    {
      summary: `attributed ${id}`,
      kind: 'decision',
      decidedBy: QC,
      refs: { attributionId: id },
      attribution: {
        step: 'attributed',
        attributionId: id,
        scope: 'I1',
        shares,
        basis: ['F1'],
        ...(supersedes ? { supersedes } : {}),
      },
    },
    { actor: QC },
  );
const disputed = event(
  'quality-inspection',
  'AttributionDisputed',
  20,
  {
    summary: 'A1 disputed',
    kind: 'decision',
    reason: 'the relay was damaged in transport',
    evidence: [{ kind: 'attachment', ref: 'ev/waybill.pdf' }],
    attribution: { step: 'disputed', attributionId: 'A1', disputeId: 'D1', party: 'supplier:SUP-7' },
  },
  { actor: OFFICER },
);
const confirmed = event(
  'quality-inspection',
  'AttributionConfirmed',
  30,
  {
    summary: 'A1 confirmed',
    kind: 'decision',
    reason: 'the waybill shows no damage',
    attribution: { step: 'confirmed', attributionId: 'A1', disputeId: 'D1' },
  },
  { actor: REVIEWER },
);
const claimIssued = event('claims', 'SupplierClaimIssued', 12, {
  summary: 'claim C1 to SUP-7',
  kind: 'decision',
  refs: { claimId: 'C1', attributionId: 'A1' },
  money: [{ kind: 'claimed', amount: cny(60_000) }],
});
/** As finance posts them: a reversal names the new attribution and the entry it reverses. */
const allocation = (attributionId: string, minute: number, entryId: string, reverses?: string) =>
  event('finance', 'EntryPosted', minute, {
    summary: `${reverses ? 'reversal' : 'allocation'} under ${attributionId}`,
    kind: 'fact',
    refs: { entryId, attributionId, ...(reverses ? { reverses } : {}) },
    money: [
      {
        kind: 'posted',
        amount: cny(40_000),
        cause: reverses ? 'reversal' : 'allocation',
        lines: [
          { account: 'department-cost:production', debitMinor: 40_000, creditMinor: 0 },
          { account: 'manufacturing-cost', debitMinor: 0, creditMinor: 40_000 },
        ],
      },
    ],
  });
const chargeback = event('finance', 'EntryPosted', 40, {
  summary: 'chargeback of C1',
  kind: 'fact',
  refs: { entryId: 'E9', claimId: 'C1' },
  money: [{ kind: 'posted', amount: cny(60_000), cause: 'chargeback' }],
});

describe('the case audit report (AUD-2)', () => {
  const qc = part(
    'quality-inspection',
    [finding, attributed('A1', 11), disputed, confirmed],
    'HZ-2026-000001',
  );
  const money = part('finance', [allocation('A1', 13, 'E1'), chargeback]);
  const claims = part('claims', [claimIssued]);

  it('AUD-2: a disputed attribution the reviewer confirms stays in force; the dispute, its reason, evidence and review stay in the history', () => {
    const report = assembleCaseReport([qc, claims, money], { generatedAt: '2026-12-02T00:00:00.000Z' });
    expect(report.case).toEqual({ caseId: CASE, caseNumber: 'HZ-2026-000001', branch: 'HZ' });
    expect(report.responsibility.inForce.map((a) => a.attributionId)).toEqual(['A1']);
    const [a1] = report.responsibility.attributions;
    expect(a1).toMatchObject({
      attributionId: 'A1',
      shares: SHARES_60_40,
      decidedBy: QC,
      inForce: true,
      evidence: [{ kind: 'photo', ref: 'ev/relay.jpg' }],
      disputes: [
        {
          disputeId: 'D1',
          party: 'supplier:SUP-7',
          reason: 'the relay was damaged in transport',
          by: OFFICER,
          outcome: 'confirmed',
          review: { by: REVIEWER, reason: 'the waybill shows no damage' },
        },
      ],
    });
  });

  it('AUD-2: every money movement caused by the attribution is linked to it, the chargeback through the supplier claim it settles', () => {
    const report = assembleCaseReport([qc, claims, money], { generatedAt: '2026-12-02T00:00:00.000Z' });
    expect(
      report.money.movements.map((m) => [m.kind, m.cause, m.amount.amountMinor, m.attributionId]),
    ).toEqual([
      ['claimed', undefined, 60_000, 'A1'],
      ['posted', 'allocation', 40_000, 'A1'],
      ['posted', 'chargeback', 60_000, 'A1'],
    ]);
    expect(report.money.byAttribution).toEqual([
      { attributionId: 'A1', allocated: cny(40_000), chargedBack: cny(60_000) },
    ]);
  });

  it('AUD-2/FIN-6: a chargeback refunded after the supplier was cleared takes the money back under the attribution it was charged under', () => {
    const refund = event('finance', 'EntryPosted', 50, {
      summary: 'chargeback-refund of E9',
      kind: 'fact',
      refs: { entryId: 'E10', claimId: 'C1', attributionId: 'A2', reverses: 'E9' },
      money: [{ kind: 'posted', amount: cny(60_000), cause: 'chargeback-refund' }],
    });
    const refunded = part('finance', [allocation('A1', 13, 'E1'), chargeback, refund]);
    const report = assembleCaseReport([qc, claims, refunded], { generatedAt: '2026-12-02T00:00:00.000Z' });
    expect(report.money.byAttribution).toEqual([
      { attributionId: 'A1', allocated: cny(40_000), chargedBack: cny(0) },
    ]);
  });

  it('AUD-2: a superseded attribution keeps why and by whom; the new one is in force and its money replaces the old net of the reversal', () => {
    const superseded = event(
      'quality-inspection',
      'AttributionSuperseded',
      32,
      {
        summary: 'A1 superseded by A2',
        kind: 'decision',
        reason: 'the carrier’s report shows transport damage',
        attribution: { step: 'superseded', attributionId: 'A1', supersededBy: 'A2', disputeId: 'D1' },
      },
      { actor: REVIEWER },
    );
    const a2 = attributed('A2', 31, [{ party: 'carrier:CR-1', shareBp: 10_000 }], 'A1');
    const report = assembleCaseReport(
      [
        part('quality-inspection', [finding, attributed('A1', 11), disputed, a2, superseded]),
        part('finance', [
          allocation('A1', 13, 'E1'),
          allocation('A2', 33, 'E2', 'E1'),
          allocation('A2', 34, 'E3'),
        ]),
      ],
      { generatedAt: '2026-12-02T00:00:00.000Z' },
    );
    expect(report.responsibility.inForce.map((a) => a.attributionId)).toEqual(['A2']);
    expect(report.responsibility.attributions[0]).toMatchObject({
      attributionId: 'A1',
      inForce: false,
      superseded: {
        by: 'A2',
        reason: 'the carrier’s report shows transport damage',
        decidedBy: REVIEWER,
        disputeId: 'D1',
      },
      disputes: [{ disputeId: 'D1', outcome: 'superseded', review: { by: REVIEWER } }],
    });
    expect(report.responsibility.attributions[1]).toMatchObject({
      attributionId: 'A2',
      supersedes: 'A1',
      inForce: true,
    });
    // FIN-3: the reversal takes back A1's allocation; A2's stands.
    expect(report.money.movements.map((m) => [m.cause, m.attributionId])).toEqual([
      ['allocation', 'A1'],
      ['reversal', 'A1'],
      ['allocation', 'A2'],
    ]);
    expect(report.money.byAttribution).toEqual([
      { attributionId: 'A1', allocated: cny(0), chargedBack: cny(0) },
      { attributionId: 'A2', allocated: cny(40_000), chargedBack: cny(0) },
    ]);
  });

  it('AUD-2: as of an instant before the dispute, only what was recorded by then: the first attribution in force, undisputed', () => {
    const report = assembleCaseReport([qc, claims, money], {
      asOf: new Date(Date.UTC(2026, 11, 1, 8, 15)).toISOString(),
      generatedAt: '2026-12-02T00:00:00.000Z',
    });
    expect(report.asOf).toBe('2026-12-01T08:15:00.000Z');
    expect(report.responsibility.inForce).toMatchObject([{ attributionId: 'A1', disputes: [] }]);
    expect(report.entries.map((e) => e.type)).toEqual([
      'FindingRecorded',
      'ResponsibilityAttributed',
      'SupplierClaimIssued',
      'EntryPosted',
    ]);
    expect(report.services).toEqual([
      { service: 'quality-inspection', events: 2 },
      { service: 'claims', events: 1 },
      { service: 'finance', events: 1 },
    ]);
  });

  it('AUD-2: in quality inspection’s order (the supersession, then the attribution replacing it) the supersession’s reason and decider are kept', () => {
    const superseded = event(
      'quality-inspection',
      'AttributionSuperseded',
      31,
      {
        summary: 'A1 superseded by A2',
        kind: 'decision',
        decidedBy: REVIEWER,
        reason: 'damaged in production',
        attribution: { step: 'superseded', attributionId: 'A1', supersededBy: 'A2', disputeId: 'D1' },
      },
      { actor: REVIEWER },
    );
    const a2 = attributed('A2', 32, [{ party: 'department:production', shareBp: 10_000 }], 'A1');
    const report = assembleCaseReport(
      [part('quality-inspection', [finding, attributed('A1', 11), disputed, superseded, a2])],
      { generatedAt: 'x' },
    );
    expect(report.responsibility.inForce.map((a) => a.attributionId)).toEqual(['A2']);
    expect(report.responsibility.attributions[0].superseded).toEqual({
      by: 'A2',
      reason: 'damaged in production',
      decidedBy: REVIEWER,
      at: superseded.recordedAt,
      eventId: superseded.eventId,
      disputeId: 'D1',
    });
  });

  it('AUD-2: as of an instant before a supersession, the attribution it replaced was in force', () => {
    const a2 = attributed('A2', 31, [{ party: 'carrier:CR-1', shareBp: 10_000 }], 'A1');
    const parts = [part('quality-inspection', [finding, attributed('A1', 11), disputed, a2])];
    const before = assembleCaseReport(parts, { asOf: '2026-12-01T08:30:59.999Z', generatedAt: 'x' });
    expect(before.responsibility.inForce.map((a) => a.attributionId)).toEqual(['A1']);
    expect(before.responsibility.inForce[0].disputes).toMatchObject([{ outcome: 'open' }]);
    const after = assembleCaseReport(parts, { asOf: '2026-12-01T08:31:00.000Z', generatedAt: 'x' });
    expect(after.responsibility.inForce.map((a) => a.attributionId)).toEqual(['A2']);
  });

  it('AUD-2: each line in Chinese too; a part from a service that wrote none shows its English line, and the text report prints both', () => {
    const noted = event('claims', 'AttributionNoted', 11, {
      summary: 'noted',
      summaryZh: '已记录责任认定',
      kind: 'fact',
    });
    const older = part('claims', [noted]);
    const withoutZh = {
      ...older,
      events: older.events.map((e) => {
        const { summaryZh: _zh, ...english } = e.description;
        return { ...e, description: english as AuditDescription };
      }),
    };
    const lines = (p: CaseAuditPart) =>
      assembleCaseReport([p], { generatedAt: 'x' }).entries.map((e) => [e.summary, e.summaryZh]);
    expect(lines(older)).toEqual([['noted', '已记录责任认定']]);
    expect(lines(withoutZh)).toEqual([['noted', 'noted']]);
    const text = renderCaseReport(assembleCaseReport([older], { generatedAt: 'x' }));
    expect(text).toMatch(/· noted\n\s+已记录责任认定\n/);
  });

  it('AUD-1: events of every service in recorded order, each with who decided and the shown event that caused it', () => {
    const noted = event(
      'claims',
      'AttributionNoted',
      11,
      { summary: 'noted', kind: 'fact' },
      {
        causationId: qc.events[1].eventId,
      },
    );
    const report = assembleCaseReport([claims, qc, part('claims', [noted])], { generatedAt: 'x' });
    expect(report.entries.map((e) => `${e.service} ${e.type}`)).toEqual([
      'quality-inspection FindingRecorded',
      'claims AttributionNoted',
      'quality-inspection ResponsibilityAttributed',
      'claims SupplierClaimIssued',
      'quality-inspection AttributionDisputed',
      'quality-inspection AttributionConfirmed',
    ]);
    const attributedEntry = report.entries.find((e) => e.type === 'ResponsibilityAttributed')!;
    const notedEntry = report.entries.find((e) => e.type === 'AttributionNoted')!;
    // Same minute: the log's order within one service, then service name across services.
    expect(notedEntry.causedBy).toBeUndefined();
    const later = assembleCaseReport(
      [qc, part('claims', [{ ...noted, recordedAt: '2026-12-01T08:11:30.000Z' }])],
      { generatedAt: 'x' },
    );
    expect(later.entries.find((e) => e.type === 'AttributionNoted')!.causedBy).toEqual({
      seq: later.entries.findIndex((e) => e.type === 'ResponsibilityAttributed') + 1,
      service: 'quality-inspection',
      type: 'ResponsibilityAttributed',
    });
    expect(attributedEntry.decidedBy).toEqual(QC);
    expect(report.entries.find((e) => e.type === 'AttributionConfirmed')!.decidedBy).toEqual(REVIEWER);
  });

  it('AUD-3: an event whose link does not verify is reported as broken, with the service, position and reason', () => {
    const tampered = {
      ...disputed,
      link: { ok: false, reason: 'hash does not match content and previous link' },
    };
    const report = assembleCaseReport(
      [part('quality-inspection', [finding, attributed('A1', 11), tampered, confirmed])],
      { generatedAt: 'x' },
    );
    expect(report.chain).toEqual({
      ok: false,
      checked: 4,
      broken: [
        {
          service: 'quality-inspection',
          position: tampered.position,
          eventId: tampered.eventId,
          type: 'AttributionDisputed',
          reason: 'hash does not match content and previous link',
        },
      ],
    });
    expect(renderCaseReport(report)).toMatch(/BROKEN: 1 of 4 events shown/);
  });

  it('AUD-2: the text names the attribution in force, the dispute and its review, and the chargeback', () => {
    const text = renderCaseReport(assembleCaseReport([qc, claims, money], { generatedAt: 'x' }));
    expect(text).toContain(
      'in force: A1: supplier:SUP-7 60 %, department:production 40 %; signed by u-qc (qc-inspector)',
    );
    expect(text).toContain(
      'disputed for supplier:SUP-7 by u-co (claims-officer): the relay was damaged in transport',
    );
    expect(text).toContain('confirmed by u-rev (qc-reviewer): the waybill shows no damage');
    expect(text).toMatch(/posted\s+CNY 600\.00\s+chargeback \* A1/);
    expect(text).toContain('ok: all 7 events shown have intact links');
  });

  it('refuses parts of different cases', () => {
    expect(() =>
      assembleCaseReport([qc, { ...claims, caseId: '0190b7c4-0000-7000-8000-0000000000c2' }], {
        generatedAt: 'x',
      }),
    ).toThrow(/different cases/);
  });

  it('FIN-9: money is shown exactly in the currency’s minor units', () => {
    expect(formatMoney({ amountMinor: 123_456, currency: 'CNY' })).toBe('CNY 1234.56');
    expect(formatMoney({ amountMinor: -5, currency: 'CNY' })).toBe('-CNY 0.05');
    expect(formatMoney({ amountMinor: 1200, currency: 'JPY' })).toBe('JPY 1200');
  });
});
