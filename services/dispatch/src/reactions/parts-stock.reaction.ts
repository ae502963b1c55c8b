import type { RecordedEvent } from '@aftersales/event-store';
import { requestContext, RuleViolation, SYSTEM_ACTOR } from '@aftersales/kernel';
import { deriveEventId } from '@aftersales/messaging';
import type { Projection } from '@aftersales/projections';
import type { DispatchCommands } from '../dispatch-commands';
import type { EngineerState } from '../engineer/engineer.state';
import type { PartsUsedOnVisit, ShortPart } from '../visit/visit.events';

export const PARTS_STOCK = 'dispatch.parts-stock';

export interface PartsShortfall {
  readonly visitId: string;
  readonly usageId: string;
  readonly engineerId: string;
  readonly short: readonly ShortPart[];
}

/** One JSON line on stderr per shortfall, for the log-based alert on `alert`. */
export const logShortfall = (s: PartsShortfall): void =>
  console.warn(JSON.stringify({ level: 'warn', alert: 'dispatch.parts-shortfall', ...s }));

/**
 * DSP-3 parts used on a visit leave the engineer's stock: for each PartsUsedOnVisit in the log,
 * UseParts on the engineer's stream under the same usage id (the engineer decider takes a usage
 * once; the events' ids derive from the visit event's), checkpointed like any projection, so a
 * crash after the visit's append is made good on restart. When the stock no longer holds the
 * parts (a concurrent use took them first), the visit records a PartsShortfallRecorded and the
 * shortfall is reported; nothing is taken, the stock is to be counted.
 */
export class PartsStockReaction implements Projection {
  readonly name = PARTS_STOCK;
  readonly version = 1;
  readonly streamPrefixes = ['visit-'];
  readonly eventTypes = ['PartsUsedOnVisit'];

  constructor(
    private readonly commands: DispatchCommands,
    private readonly onShortfall: (shortfall: PartsShortfall) => void = logShortfall,
  ) {}

  async reset(): Promise<void> {
    /* reactions are appended events, not a read model */
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      if (recorded.type !== 'PartsUsedOnVisit') continue;
      const used = recorded.data as PartsUsedOnVisit['data'];
      await requestContext.run(
        {
          actor: SYSTEM_ACTOR,
          correlationId: recorded.metadata.correlationId,
          causationId: recorded.metadata.eventId,
          branch: recorded.metadata.branch,
        },
        () => this.takeFromStock(recorded.metadata.eventId, used),
      );
    }
  }

  private async takeFromStock(eventId: string, used: PartsUsedOnVisit['data']): Promise<void> {
    // A use already found short stays so on a replay, even if the stock was refilled since.
    const { state: visit } = await this.commands.loadVisit(used.visitId);
    if (visit.exists && visit.shortfallUsageIds.includes(used.usageId)) return;
    const lines = used.parts.map(({ partNo, qty }) => ({ partNo, qty }));
    try {
      await this.commands.engineer(
        {
          type: 'UseParts',
          engineerId: used.engineerId,
          usageId: used.usageId,
          visitId: used.visitId,
          lines,
        },
        { eventIds: (i) => deriveEventId(eventId, `dispatch.use-parts#${i}`) },
      );
      return;
    } catch (error) {
      if (!(error instanceof RuleViolation && error.rule === 'DSP-3')) throw error;
    }
    const short = shortParts(lines, (await this.commands.loadEngineer(used.engineerId)).state);
    // Refilled between the refusal and this read: the runner's retry takes the parts.
    if (short.length === 0) throw new Error(`use ${used.usageId} refused, yet the stock holds its parts now`);
    const shortfall = { visitId: used.visitId, usageId: used.usageId, engineerId: used.engineerId, short };
    const { events } = await this.commands.visit(
      { type: 'RecordPartsShortfall', ...shortfall },
      { eventIds: (i) => deriveEventId(eventId, `dispatch.parts-shortfall#${i}`) },
    );
    if (events.length > 0) this.onShortfall(shortfall);
  }
}

/** The parts of a use the stock does not hold, summed per part number. */
export function shortParts(
  lines: ReadonlyArray<{ partNo: string; qty: number }>,
  engineer: EngineerState,
): ShortPart[] {
  const wanted = new Map<string, number>();
  for (const { partNo, qty } of lines) wanted.set(partNo, (wanted.get(partNo) ?? 0) + qty);
  const stock = engineer.exists ? engineer.stock : {};
  return [...wanted]
    .map(([partNo, used]) => ({ partNo, used, onHand: stock[partNo] ?? 0 }))
    .filter((p) => p.used > p.onHand);
}
