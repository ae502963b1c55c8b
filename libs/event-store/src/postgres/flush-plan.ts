import { linkHash } from '../chain/hash-chain';
import { checkExpectedVersion } from '../envelope/expected-version';
import { DuplicateEventId } from '../errors';
import type { AppendResult, ExpectedVersion } from '../event-store.port';
import type { StagedEvent } from './staged-event';

/** An AUD-4 data key made for one append, stored only if the append is. */
export interface NewSubjectKey {
  readonly subjectId: string;
  readonly keyId: string;
  readonly key: Buffer;
}

export interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly StagedEvent[];
  readonly expected: ExpectedVersion;
  readonly keys: readonly NewSubjectKey[];
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
  /** When it was queued (`performance.now()`). */
  readonly queuedAt: number;
}

export interface Placed {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

export interface ChainTip {
  readonly position: number;
  readonly hash: string;
  readonly recordedAtMs: number;
}

/** Rows to insert (column arrays), the tip after them, and how to settle each caller after COMMIT. */
export interface FlushPlan {
  readonly position: number[];
  readonly stream: string[];
  readonly version: number[];
  readonly id: string[];
  readonly type: string[];
  readonly data: string[];
  readonly metadata: string[];
  readonly hash: string[];
  readonly caseId: (string | null)[];
  readonly caseNumber: (string | null)[];
  readonly keys: NewSubjectKey[];
  readonly recordedAt: string;
  readonly tip: ChainTip;
  /** Each stream's version before the flush, as the plan assumed it. */
  readonly streamsBefore: Map<string, number>;
  readonly settle: Array<() => void>;
}

/**
 * Decides a batch in order against a known tip and stream versions: idempotent repeats,
 * duplicate ids and wrong expected versions settle their own caller; the rest get consecutive
 * positions, versions and AUD-3 links. `currentVersion` returns undefined when it cannot tell,
 * and then there is no plan.
 */
export function planFlush(
  batch: readonly PendingAppend[],
  tip: ChainTip,
  currentVersion: (streamId: string, expected: ExpectedVersion) => number | undefined,
  known: Map<string, Placed>,
  recordedAtMs: number,
): FlushPlan | undefined {
  const recordedAt = new Date(recordedAtMs).toISOString();
  const plan: FlushPlan = {
    position: [],
    stream: [],
    version: [],
    id: [],
    type: [],
    data: [],
    metadata: [],
    hash: [],
    caseId: [],
    caseNumber: [],
    keys: [],
    recordedAt,
    tip,
    streamsBefore: new Map(),
    settle: [],
  };
  const versions = new Map<string, number>();
  let position = tip.position;
  let previous = tip.hash;
  for (const p of batch) {
    const found = p.events.map((e) => known.get(e.eventId));
    if (found.length > 0 && found.every((f) => f?.streamId === p.streamId)) {
      const last = found.reduce((a, b) => (b!.version > a!.version ? b : a))!;
      const result = {
        nextExpectedVersion: last.version,
        lastPosition: last.position,
        alreadyAppended: true,
      };
      plan.settle.push(() => p.resolve(result));
      continue;
    }
    const clash = p.events.find((_, i) => found[i]);
    if (clash) {
      plan.settle.push(() => p.reject(new DuplicateEventId(p.streamId, clash.eventId)));
      continue;
    }
    let version = versions.get(p.streamId);
    if (version === undefined) {
      version = currentVersion(p.streamId, p.expected);
      if (version === undefined) return undefined;
      plan.streamsBefore.set(p.streamId, version);
    }
    try {
      checkExpectedVersion(p.streamId, p.expected, version);
    } catch (conflict) {
      plan.settle.push(() => p.reject(conflict));
      versions.set(p.streamId, version);
      continue;
    }
    for (const event of p.events) {
      position++;
      version++;
      const metadataText = event.metadataParts.join(recordedAt);
      previous = linkHash(previous, {
        position,
        streamId: p.streamId,
        streamVersion: version,
        eventId: event.eventId,
        type: event.type,
        dataText: event.dataText,
        metadataText,
      });
      plan.position.push(position);
      plan.stream.push(p.streamId);
      plan.version.push(version);
      plan.id.push(event.eventId);
      plan.type.push(event.type);
      plan.data.push(event.dataText);
      plan.metadata.push(metadataText);
      plan.hash.push(previous);
      plan.caseId.push(event.caseId);
      plan.caseNumber.push(event.caseNumber);
      known.set(event.eventId, { streamId: p.streamId, version, position });
    }
    versions.set(p.streamId, version);
    plan.keys.push(...p.keys);
    const result = { nextExpectedVersion: version, lastPosition: position };
    plan.settle.push(() => p.resolve(result));
  }
  return { ...plan, tip: { position, hash: previous, recordedAtMs } };
}
