import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who acted, and in which role (ORG-1, AUD-1). */
export interface Actor {
  readonly userId: string;
  readonly role: string;
  readonly displayName?: string;
}

/**
 * What every write carries into event metadata: set once at the edge (HTTP request, Kafka
 * message, timer) and read by the kernel when it appends, never passed by each handler.
 */
export interface RequestContext {
  readonly actor: Actor;
  /** The branch the actor acts for on this record. */
  readonly branch?: string;
  readonly correlationId: string;
  /** Id of the event or command that caused this work. */
  readonly causationId?: string;
  /** Where this work's appends left the log, kept for the caller (read-your-writes); shared by refinements. */
  readonly written?: LogPositionNote;
}

/** The global log position of the last event this request appended (0: none). */
export interface LogPositionNote {
  position: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const SYSTEM_ACTOR: Actor = { userId: 'system', role: 'system' };

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** The current context, or a system context with a fresh correlation id. */
  currentOrSystem(): RequestContext {
    return storage.getStore() ?? { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
  },
  /** Notes that the current work appended up to this global position (read-your-writes). */
  noteAppended(position: number): void {
    const note = storage.getStore()?.written;
    if (note && position > note.position) note.position = position;
  },
  /** Runs fn with the current context refined (e.g. the branch of the record being written). */
  with<T>(patch: Partial<RequestContext>, fn: () => T): T {
    return storage.run({ ...requestContext.currentOrSystem(), ...patch }, fn);
  },
};
