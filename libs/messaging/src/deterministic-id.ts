import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Namespace for causes whose id is not a UUID (a fixed, random UUID). */
const FALLBACK_NAMESPACE = '6f1d7c8e-2b44-4f0a-9a53-3d8e5f0b7c21';

/**
 * The id of an event a reaction appends, derived from the causing event's id and a name for
 * the reaction (RFC 4122 version 5, SHA-1): handling the same event twice appends the same
 * ids, and the event store recognises the repeat.
 */
export function deriveEventId(causeId: string, name: string): string {
  const namespace = UUID.test(causeId) ? causeId : FALLBACK_NAMESPACE;
  const label = UUID.test(causeId) ? name : `${causeId}/${name}`;
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(label, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ids for the n events one reaction appends, in order. */
export function deriveEventIds(causeId: string, name: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => deriveEventId(causeId, `${name}#${i}`));
}
