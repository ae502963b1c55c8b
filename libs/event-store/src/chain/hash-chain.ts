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

/** hash = SHA-256(previous hash, content); JSON array framing keeps field boundaries unambiguous. */
export function linkHash(previousHash: string, c: ChainedContent): string {
  return createHash('sha256')
    .update(previousHash)
    .update(
      JSON.stringify([
        c.position,
        c.streamId,
        c.streamVersion,
        c.eventId,
        c.type,
        c.dataText,
        c.metadataText,
      ]),
    )
    .digest('hex');
}
