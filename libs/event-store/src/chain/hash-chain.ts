import { createHash } from 'node:crypto';

/** The link before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What AUD-3 seals of one event: its place in the log and its exact stored text. */
export interface ChainedContent {
  readonly position: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly eventId: string;
  readonly type: string;
  /** The stored JSON text of data (personal fields as ciphertext) and of metadata. */
  readonly dataText: string;
  readonly metadataText: string;
}

/**
 * hash = SHA-256(previous hash, JSON array of the content): the array framing keeps field
 * boundaries unambiguous. The array's text is fed to the hash piece by piece (the same bytes as
 * JSON.stringify of the whole array) so that the event's text is not copied once more; this runs
 * under the head lock.
 */
export function linkHash(previousHash: string, c: ChainedContent): string {
  return createHash('sha256')
    .update(previousHash)
    .update(
      `[${c.position},${JSON.stringify(c.streamId)},${c.streamVersion},${JSON.stringify(c.eventId)},${JSON.stringify(c.type)},`,
    )
    .update(JSON.stringify(c.dataText))
    .update(',')
    .update(JSON.stringify(c.metadataText))
    .update(']')
    .digest('hex');
}
