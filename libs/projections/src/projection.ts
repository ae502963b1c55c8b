import type { RecordedEvent } from '@aftersales/event-store';
import type { EntityManager } from 'typeorm';

/**
 * A read model fed from the log. `apply` gets a batch of events in global order inside the
 * transaction that also moves the projection's checkpoint, so each event counts exactly once.
 */
export interface Projection {
  readonly name: string;
  /** Bumping the version rebuilds the read model from the start of the log on next start. */
  readonly version: number;
  /** Stream prefixes this projection reads, e.g. ['case-']. */
  readonly streamPrefixes: readonly string[];
  /** The event types it acts on, when not all: others are never read for it. */
  readonly eventTypes?: readonly string[];
  /** AUD-4: only a projection that keeps personal data asks for it decrypted (default: read as erased). */
  readonly needsPersonalData?: boolean;
  apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void>;
  /** Empties the read model before a rebuild. */
  reset(em: EntityManager): Promise<void>;
}
