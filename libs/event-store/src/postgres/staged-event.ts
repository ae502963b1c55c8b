import { randomUUID } from 'node:crypto';
import { metadataOf, type PreparedEvent } from '../envelope/envelope';

/** Stands for recorded-at (only known under the head lock) while the text is built beforehand. */
const MARK = `\u0000${randomUUID()}`;
const MARK_JSON = JSON.stringify(MARK).slice(1, -1);

/**
 * An event serialised before its flush, outside the head lock: under the lock only recorded-at
 * is spliced in, the chain link computed and the literal assembled.
 */
export interface StagedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly dataText: string;
  /** Metadata JSON split where recorded-at goes. */
  readonly metadataParts: readonly string[];
  /** The same texts as PostgreSQL array elements (quoted, escaped). */
  readonly dataElement: string;
  readonly metadataElementParts: readonly string[];
}

export function stageEvent(event: PreparedEvent): StagedEvent {
  const dataText = JSON.stringify(event.data);
  const metadataParts = JSON.stringify(metadataOf(event, MARK)).split(MARK_JSON);
  return {
    eventId: event.eventId,
    type: event.type,
    dataText,
    metadataParts,
    dataElement: arrayElement(dataText),
    // Escaped part by part: recorded-at itself needs no escaping.
    metadataElementParts: metadataParts.map((part, i, all) =>
      i === 0 && all.length === 1
        ? arrayElement(part)
        : `${i === 0 ? '"' : ''}${escapeInner(part)}${i === all.length - 1 ? '"' : ''}`,
    ),
  };
}

/** A quoted PostgreSQL array element. */
export function arrayElement(text: string): string {
  return `"${escapeInner(text)}"`;
}

const escapeInner = (text: string) => text.replace(/[\\"]/g, '\\$&');
