import type { TimerStore } from './timer-store';

export type TimerOperation =
  | {
      readonly op: 'schedule';
      readonly id: string;
      readonly kind: string;
      readonly dueAt: Date;
      readonly payload: unknown;
    }
  | { readonly op: 'cancel'; readonly id: string };

/**
 * Applies the timer operations of a batch of events in one transaction and two statements.
 * Per timer only its last operation counts, as if applied one by one: a timer armed and
 * cancelled within the batch ends not pending.
 */
export async function applyTimerOperations(
  store: TimerStore,
  operations: Iterable<TimerOperation>,
): Promise<void> {
  const last = new Map<string, TimerOperation>();
  for (const op of operations) last.set(op.id, op);
  if (last.size === 0) return;
  const ops = [...last.values()];
  await store.transaction(async (client) => {
    await store.scheduleMany(
      ops.flatMap((op) => (op.op === 'schedule' ? [op] : [])),
      { client },
    );
    await store.cancelMany(
      ops.flatMap((op) => (op.op === 'cancel' ? [op.id] : [])),
      { client },
    );
  });
}
