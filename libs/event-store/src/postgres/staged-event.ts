import { randomUUID } from 'node:crypto';
import { metadataOf, type PreparedEvent } from '../envelope/envelope';

/** Stands for recorded-at (only known under the head lock) while the text is built beforehand. */
const MARK = `\u0000${randomUUID()}`;
const MARK_JSON = JSON.stringify(MARK).slice(1, -1);

/**
 * An event serialised before its flush, outside the head lock: under the lock only recorded-at
 * is spliced in and the chain link computed.
 */
export interface StagedEvent {
  readonly eventId: string;
  readonly idGiven: boolean;
  readonly type: string;
  readonly dataText: string;
  /** Metadata JSON split where recorded-at goes. */
  readonly metadataParts: readonly string[];
  /** AUD-2: the case the event names at the top level of its data (the case index). */
  readonly caseId: string | null;
  readonly caseNumber: string | null;
}

const topLevel = (data: unknown, key: 'caseId' | 'caseNumber'): string | null => {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : null;
};

export function stageEvent(event: PreparedEvent): StagedEvent {
  return {
    eventId: event.eventId,
    idGiven: event.idGiven,
    type: event.type,
    dataText: JSON.stringify(event.data),
    metadataParts: JSON.stringify(metadataOf(event, MARK)).split(MARK_JSON),
    caseId: topLevel(event.data, 'caseId'),
    caseNumber: topLevel(event.data, 'caseNumber'),
  };
}
