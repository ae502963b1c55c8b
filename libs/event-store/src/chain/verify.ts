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
export function metadataMismatch(row: StoredLink): string | undefined {
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

/** AUD-3 for the events a report shows: each one's link, checked on both sides. */
export interface LinkCheck {
  readonly position: number;
  readonly ok: boolean;
  /** Why the link is broken (the first reason found). */
  readonly reason?: string;
}

/** One shown event as stored, with its neighbours' links (absent: no such position). */
export interface LinkNeighbourhood {
  readonly link: StoredLink;
  /** The hash of the event before it (GENESIS_HASH before the first). */
  readonly previousHash?: string;
  /** The event after it, when there is one. */
  readonly next?: StoredLink;
  readonly head: ChainHead;
  /**
   * The next event is checked too: its own link is the same computation, and a mismatch is
   * reported there (where a single modified row is), not twice.
   */
  readonly nextChecked?: boolean;
}

/**
 * AUD-3 for one event without walking the log: its hash must follow from the previous link and
 * its content, and the next link (or the head) must follow from its hash — so rewriting the
 * event, or the event and its own hash, is found here; only a rewrite of every later link and
 * the head as well would need the whole-log `verify`.
 */
export function checkLink(n: LinkNeighbourhood): LinkCheck {
  const { link } = n;
  const broken = (reason: string): LinkCheck => ({ position: link.position, ok: false, reason });
  const previous = link.position === 1 ? GENESIS_HASH : n.previousHash;
  if (previous === undefined) return broken(`position ${link.position - 1} is missing: events deleted`);
  if (linkHash(previous, link) !== link.hash)
    return broken('hash does not match content and previous link: modified or reordered');
  const mismatch = metadataMismatch(link);
  if (mismatch) return broken(mismatch);
  if (n.next) {
    if (!n.nextChecked && linkHash(link.hash, n.next) !== n.next.hash)
      return broken(
        `the link of position ${n.next.position} does not follow from this event's hash: this event was rewritten with its hash, or position ${n.next.position} was modified`,
      );
  } else if (n.head.position !== link.position || n.head.hash !== link.hash) {
    return broken(
      n.head.position > link.position
        ? `position ${link.position + 1} is missing (the head records ${n.head.position})`
        : `the head does not end at this event: rewritten`,
    );
  }
  return { position: link.position, ok: true };
}
