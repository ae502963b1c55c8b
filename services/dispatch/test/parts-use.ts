// An engineer with stock on site at a visit, written through DispatchCommands (crash and shortfall tests).
import type { EventStore } from '@aftersales/event-store';
import type { Clock } from '@aftersales/kernel';
import { DispatchCommands } from '../src/dispatch-commands';
import { TEST_POLICY } from '../src/dispatch.fixtures';
import { registerEngineerCommand } from '../src/engineer/engineer.fixtures';
import { cny, minutesAfter, openCommand } from '../src/visit/visit.fixtures';

/** Monday 2026-03-02 10:00 in Hangzhou: an hour after the fixtures' acceptance. */
export const AT: Clock = { now: () => minutesAfter(60) };

export const commandsOver = (store: EventStore) => new DispatchCommands(store, TEST_POLICY, AT, 0);

export async function engineerWithStock(commands: DispatchCommands, engineerId: string, qty: number) {
  await commands.engineer(registerEngineerCommand({ engineerId }));
  await commands.engineer({
    type: 'ReceiveParts',
    engineerId,
    lines: [{ partNo: 'FUSE-12', qty }],
    reference: 'ISS-1',
  });
}

export async function onSite(commands: DispatchCommands, visitId: string, engineerId: string) {
  await commands.visit(openCommand({ visitId, caseId: `case-${visitId}` }));
  await commands.visit({ type: 'AssignEngineer', visitId, engineerId, assignedBy: 'dispatcher' });
  await commands.visit({ type: 'RecordDeparture', visitId });
  await commands.visit({ type: 'RecordArrival', visitId });
}

export const fuses = (usageId: string, visitId: string, qty: number) =>
  ({
    type: 'RecordPartsUsed',
    visitId,
    usageId,
    parts: [{ partNo: 'FUSE-12', qty, unitCost: cny(1_500) }],
  }) as const;

export async function stockOf(commands: DispatchCommands, engineerId: string) {
  const { state } = await commands.loadEngineer(engineerId);
  return state.exists ? (state.stock['FUSE-12'] ?? 0) : undefined;
}
