import { hash } from 'node:crypto';

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
 * boundaries unambiguous. One-shot hashing of the joined text: this runs under the head lock,
 * and a Hash object's set-up costs more than the copy (4.5 → 3.8 µs for a registration).
 */
export function linkHash(previousHash: string, c: ChainedContent): string {
  return hash(
    'sha256',
    `${previousHash}[${c.position},${JSON.stringify(c.streamId)},${c.streamVersion},${JSON.stringify(c.eventId)},${JSON.stringify(c.type)},${JSON.stringify(c.dataText)},${JSON.stringify(c.metadataText)}]`,
  );
}
