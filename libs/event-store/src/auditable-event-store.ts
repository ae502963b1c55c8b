import type { EventStore } from './event-store.port';

/** The port plus what the audit rules need of every adapter. */
export interface AuditableEventStore extends EventStore {
  /** AUD-4: destroys the subject's data key; their personal fields read as ERASED from then on. */
  forget(subjectId: string): Promise<void>;
  /** AUD-4: when the subject was forgotten, if ever (the erasure is remembered, their data is not). */
  forgottenAt(subjectId: string): Promise<Date | undefined>;
}
