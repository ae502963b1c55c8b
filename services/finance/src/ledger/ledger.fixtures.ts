import { givenWhenThen } from '@aftersales/cqrs';
import type { LedgerEvent, Share } from './ledger.events';

import { ledgerDecider, type LedgerCommand } from './ledger.decider';
import type { RecordCost } from './record-cost/record-cost.decide';

export const T0 = new Date('2026-03-02T01:00:00.000Z');
export const at = T0.toISOString();
export const OFFICER = { userId: 'u-fin', role: 'finance-officer' };

export const given = givenWhenThen(ledgerDecider, (now) => ({ now, currency: 'CNY' }), T0);

export function costCommand(overrides: Partial<RecordCost> = {}): RecordCost {
  return {
    type: 'RecordCost',
    caseId: 'c1',
    costId: 'k1',
    branch: 'HZ',
    kind: 'parts',
    amount: { amountMinor: 10_000, currency: 'CNY' },
    bearer: 'by-attribution',
    description: 'breaker coil',
    source: { kind: 'event', eventId: 'evt-1', eventType: 'dispatch.cost-incurred.v1' },
    ...overrides,
  };
}

export const approve = (costId = 'k1'): LedgerCommand => ({
  type: 'ApproveCost',
  caseId: 'c1',
  costId,
  by: OFFICER,
});

export const dept = (name: string, shareBp: number): Share => ({
  party: 'department',
  partyKey: `department:${name}`,
  shareBp,
});
export const supplier = (id: string, shareBp: number): Share => ({
  party: 'supplier',
  partyKey: `supplier:${id}`,
  shareBp,
});

export const attribute = (attributionId: string, shares: Share[], supersedes?: string): LedgerCommand => ({
  type: 'ApplyAttribution',
  caseId: 'c1',
  branch: 'HZ',
  attributionId,
  shares,
  ...(supersedes ? { supersedes } : {}),
  sourceEventId: `evt-${attributionId}`,
});

/** The events of a history of commands, each decided on the state the earlier ones left. */
export function history(commands: LedgerCommand[]) {
  const events: LedgerEvent[] = [];
  for (const command of commands) events.push(...given(events).when(command).events());
  return events;
}
