import type { EventStore } from './event-store.port';

/** The port plus what the audit rules and the service kit need of every adapter. */
export interface AuditableEventStore extends EventStore {
  /**
   * Whether `AppendOptions.conditions` (other streams a decision read) are checked in the same
   * write as the append. An adapter that cannot check them refuses such an append.
   */
  readonly checksConditions: boolean;
  /** The global position of the last event in the log (0 when empty). */
  headPosition(): Promise<number>;
  /** AUD-4: destroys the subject's data key; their personal fields read as ERASED from then on. */
  forget(subjectId: string): Promise<void>;
  /** AUD-4: when the subject was forgotten, if ever (the erasure is remembered, their data is not). */
  forgottenAt(subjectId: string): Promise<Date | undefined>;
}
