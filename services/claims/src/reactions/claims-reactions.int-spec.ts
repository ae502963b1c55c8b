import { intakeExamples } from '@aftersales/contracts';
import type { ConsumedEvent } from '@aftersales/messaging';
import { startRuntimeFromEnv } from '@aftersales/platform';
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { randomUUID } from 'node:crypto';
import type { ClaimsRuntime } from '../claims.runtime';
import { claimsService } from '../claims.service';
import { claimIdOf } from '../supplier-claim/case-claims';
import { claimsReactions } from './claims-reactions';

describe('claims reacting to intake, finance and QC (idempotent on redelivery)', () => {
  let db: TestDatabase;
  let runtime: ClaimsRuntime;
  let reactions: ReturnType<typeof claimsReactions>;

  beforeAll(async () => {
    db = await createTestDatabase('claims_reactions');
    runtime = await startRuntimeFromEnv(claimsService, { DATABASE_URL: db.url, KAFKA_BROKERS: '' });
    reactions = claimsReactions(runtime.parts, runtime.settings);
  });
  afterAll(async () => {
    await runtime?.stop();
    await db?.drop();
  });

  const consumed = (type: string, payload: unknown, id = randomUUID()): ConsumedEvent => ({
    id,
    type,
    payload,
    topic: 't',
    partition: 0,
    offset: '0',
    headers: {},
  });

  it('CLM-4: the same attribution handled twice (a crash before the inbox committed) issues one claim', async () => {
    const caseId = randomUUID();
    const registered = {
      ...intakeExamples['intake.case-registered.v1'],
      caseId,
      product: {
        model: 'KYN28-12',
        serialNumber: `SN-${caseId.slice(0, 6)}`,
        commissioningDate: '2026-01-05',
      },
    };
    await reactions.intake(consumed('intake.case-registered.v1', registered));
    await reactions.intake(consumed('intake.case-accepted.v1', { caseId, kind: 'quality-complaint' }));
    await reactions.finance(
      consumed('finance.cost-audited.v1', {
        caseId,
        costId: 'k1',
        verdict: 'approved',
        amount: { amountMinor: 999, currency: 'CNY' },
      }),
    );
    const attributed = consumed('quality-inspection.responsibility-attributed.v1', {
      inspectionId: 'i-1',
      caseId,
      branch: registered.branch,
      attributionId: 'a-1',
      shares: [
        { party: { kind: 'supplier', supplierId: 'SUP-7' }, partyKey: 'supplier:SUP-7', shareBp: 10_000 },
      ],
    });
    await reactions.quality(attributed);
    await reactions.quality(attributed);
    const claim = await runtime.store.readStream(`claim-${claimIdOf(caseId, 'supplier:SUP-7')}`);
    expect(claim.map((e) => e.type)).toEqual(['SupplierClaimIssued']);
    expect(claim[0].data).toMatchObject({ amount: { amountMinor: 999, currency: 'CNY' }, shareBp: 10_000 });
    const file = await runtime.store.readStream(`warranty-${caseId}`);
    expect(file.map((e) => e.type)).toEqual([
      'CaseNoted',
      'WarrantyAssessed',
      'ServiceClassified',
      'ApprovedCostNoted',
      'AttributionNoted',
    ]);
  });
});
