import { GENESIS_HASH, linkHash, type ChainedContent } from './hash-chain';

/** One event row exactly as stored, with the hash it carries. */
export interface StoredLink extends ChainedContent {
  readonly hash: string;
  /** The recorded-at column time travel filters on, in epoch milliseconds. */
  readonly recordedAtMs: number;
}

export interface ChainHead {
  readonly position: number;
  readonly hash: string;
}

export type ChainVerdict =
  | { readonly ok: true; readonly count: number; readonly head: string }
  | { readonly ok: false; readonly count: number; readonly position: number; readonly reason: string };

/**
 * AUD-3: recomputes the chain over the log in position order and reports the first broken link.
 * `head` is the separately kept tip, which reveals events removed from the end.
 */
export async function verifyChain(
  pages: AsyncIterable<readonly StoredLink[]>,
  head: ChainHead | undefined,
): Promise<ChainVerdict> {
  let previous = GENESIS_HASH;
  let position = 0;
  const streamVersions = new Map<string, number>();
  const broken = (at: number, reason: string): ChainVerdict => ({
    ok: false,
    count: position,
    position: at,
    reason,
  });
  for await (const page of pages) {
    for (const row of page) {
      if (row.position !== position + 1) {
        return broken(
          position + 1,
          row.position > position + 1
            ? `position ${position + 1} is missing (next is ${row.position}): events deleted`
            : `position ${row.position} repeats`,
        );
      }
      const lastVersion = streamVersions.get(row.streamId) ?? 0;
      if (row.streamVersion !== lastVersion + 1) {
        return broken(
          row.position,
          `stream ${row.streamId} jumps from version ${lastVersion} to ${row.streamVersion}`,
        );
      }
      const expected = linkHash(previous, row);
      if (expected !== row.hash) {
        return broken(row.position, 'hash does not match content and previous link: modified or reordered');
      }
      const mismatch = metadataMismatch(row);
      if (mismatch) return broken(row.position, mismatch);
      streamVersions.set(row.streamId, row.streamVersion);
      previous = row.hash;
      position = row.position;
    }
  }
  if (head && (head.position !== position || head.hash !== previous)) {
    return broken(
      position + 1,
      `log ends at position ${position} but the head records ${head.position}: events removed from the end`,
    );
  }
  return { ok: true, count: position, head: previous };
}

/** The columns readers filter on must agree with the hashed metadata. */
function metadataMismatch(row: StoredLink): string | undefined {
  let meta: { eventId?: unknown; type?: unknown; recordedAt?: unknown };
  try {
    meta = JSON.parse(row.metadataText) as typeof meta;
  } catch {
    return 'metadata is not JSON';
  }
  if (meta.eventId !== row.eventId || meta.type !== row.type) return 'event id or type differs from metadata';
  if (typeof meta.recordedAt !== 'string' || Date.parse(meta.recordedAt) !== row.recordedAtMs) {
    return 'recorded-at column differs from metadata';
  }
  return undefined;
}
