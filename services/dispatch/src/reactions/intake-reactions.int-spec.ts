import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { PermanentFailure, type ConsumedEvent } from '@aftersales/messaging';
import { randomUUID } from 'node:crypto';
import { startRuntimeFromEnv } from '@aftersales/platform';
import type { DispatchRuntime } from '../dispatch.runtime';
import { dispatchService } from '../dispatch.service';
import { defaultCalendar, dispatchSettings } from '../dispatch-settings';
import { IntakeReactions, visitIdOfCase } from './intake-reactions';

describe('dispatch reacting to intake (DSP-1)', () => {
  let db: TestDatabase;
  let runtime: DispatchRuntime;
  let reactions: IntakeReactions;
  const settings = dispatchSettings({
    branches: { HZ: { calendar: defaultCalendar('Asia/Shanghai'), defaultZone: 'province' } },
    productLines: { 'KYN28-12': 'switchgear' },
  });

  beforeAll(async () => {
    db = await createTestDatabase('dispatch_reactions');
    runtime = await startRuntimeFromEnv(dispatchService, { DATABASE_URL: db.url }, { settings });
    reactions = new IntakeReactions(runtime.commands, settings);
  });
  afterAll(async () => {
    await runtime.stop();
    await db.drop();
  });

  const consumed = (type: string, payload: unknown, id = randomUUID()): ConsumedEvent => ({
    id,
    type,
    payload,
    time: '2026-03-02T01:00:00.000Z',
    topic: 't',
    partition: 0,
    offset: '0',
    headers: {},
  });

  /** Like the inbox consumer: one transaction per event. */
  async function handle(event: ConsumedEvent) {
    const tx = await runtime.pool.connect();
    try {
      await tx.query('BEGIN');
      await reactions.handle(event, tx);
      await tx.query('COMMIT');
    } catch (error) {
      await tx.query('ROLLBACK');
      throw error;
    } finally {
      tx.release();
    }
  }

  async function registered(kind: string, severity = 'general') {
    const caseId = randomUUID();
    await handle(
      consumed('intake.case-registered.v1', {
        caseId,
        caseNumber: `HZ-2026-${caseId.slice(0, 6)}`,
        branch: 'HZ',
        channel: 'hotline',
        kind,
        severity,
        registeredAt: '2026-03-02T00:30:00.000Z',
        customerId: 'cust-1',
        vip: false,
        product: { model: 'KYN28-12', serialNumber: 'SN-1' },
        problem: { description: 'trips' },
        priority: 'normal',
        responseDueAt: '2026-03-02T02:30:00.000Z',
        resolutionDueAt: '2026-03-03T00:30:00.000Z',
      }),
    );
    return caseId;
  }

  const streamOf = (caseId: string) => runtime.store.readStream(`visit-${visitIdOfCase(caseId)}`);

  it('DSP-1: a quality complaint accepted with remedy repair opens one visit; handling the same event again appends nothing', async () => {
    const caseId = await registered('quality-complaint', 'major');
    const accepted = consumed('intake.case-accepted.v1', {
      caseId,
      kind: 'quality-complaint',
      remedy: 'repair',
    });
    await handle(accepted);
    await handle(accepted);
    const opened = async () => (await streamOf(caseId)).filter((e) => e.type === 'VisitOpened');
    const events = await opened();
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({
      caseId,
      branch: 'HZ',
      urgency: 'emergency',
      acceptedAt: '2026-03-02T01:00:00.000Z',
      customer: { customerId: 'cust-1', zone: 'province' },
      product: { productLine: 'switchgear' },
    });
    // A later acceptance of the same case (an overturn) opens nothing more.
    await handle(
      consumed('intake.case-accepted.v1', { caseId, kind: 'quality-complaint', remedy: 'repair' }),
    );
    expect(await opened()).toHaveLength(1);
  });

  it('DSP-1: a reclassified case keeps the new kind; a case that needs no on-site work opens no visit', async () => {
    const caseId = await registered('repair-request');
    await handle(
      consumed('intake.case-classified.v1', {
        caseId,
        from: { kind: 'repair-request', severity: 'general' },
        to: { kind: 'consultation', severity: 'general' },
        reason: 'r',
        responseDueAt: '2026-03-02T02:30:00.000Z',
        resolutionDueAt: '2026-03-03T00:30:00.000Z',
      }),
    );
    await handle(consumed('intake.case-accepted.v1', { caseId, kind: 'consultation' }));
    expect(await streamOf(caseId)).toHaveLength(0);
  });

  it('an acceptance of a case never registered here is a permanent failure (dead-lettered, not retried)', async () => {
    await expect(
      handle(consumed('intake.case-accepted.v1', { caseId: randomUUID(), kind: 'repair-request' })),
    ).rejects.toBeInstanceOf(PermanentFailure);
  });
});
