import type { EventStore, RecordedEvent } from '@aftersales/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckpointTable } from './checkpoint';
import { migrateCheckpoints } from './migrate-read-models';
import { HELD, ParkedEvents, type ParkedEvent } from './parked-events';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly dataSource: DataSource;
  /** The service's schema, where checkpoints are kept. */
  readonly schema: string;
  readonly projections: readonly Projection[];
  readonly batchSize?: number;
  /** How long to wait before looking again when the log had nothing new. */
  readonly idleMs?: number;
  /**
   * After a batch that did not fill up, how long to let new events gather before the next one.
   * Under load this makes fewer, fuller batches (each costs a transaction); idle, the first
   * event after a quiet spell is still applied at once.
   */
  readonly gatherMs?: number;
  /** Every failed batch, and every parked event (a PoisonEventParked). */
  readonly onError?: (projection: string, error: unknown) => void;
  /**
   * An event a projection cannot apply: `park` (default) sets it aside with its error, and the
   * later events of its stream with it, so the read model goes on and no stream is half applied;
   * `halt` leaves the projection at it. Either way readiness names it.
   */
  readonly poisonPolicy?: 'park' | 'halt';
  /** Failed attempts in a row (with backoff) before the failing event is parked, or the projection reported stuck. */
  readonly parkAfterFailures?: number;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly position: number;
  /** While its batches fail: where it stands, how often it failed in a row, since when, why. */
  readonly failing?: {
    readonly after: number;
    readonly attempts: number;
    readonly since: string;
    readonly error: string;
  };
  /** Failed past parkAfterFailures, its failing event found and not parked: it does not move until someone acts. */
  readonly stuck?: boolean;
}

/** Reported through onError when an event is set aside. */
export class PoisonEventParked extends Error {
  constructor(
    readonly event: Pick<RecordedEvent, 'globalPosition' | 'streamId' | 'type'>,
    readonly reason: string,
  ) {
    super(
      `event at position ${event.globalPosition} (${event.type} of ${event.streamId}) parked: ${reason}; later events of its stream are held until it is replayed`,
    );
    this.name = 'PoisonEventParked';
  }
}

/** Errors worth waiting out (connection, deadlock, timeout, resources), not blamed on an event. */
function transient(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  return /^(08|40|53|55|57|58|E[A-Z])/.test(code);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The wake-up key of the loop that follows the log for every projection together. */
const TOGETHER = '*';

/**
 * Follows the log for each projection from its checkpoint, applying batches in one transaction
 * with the checkpoint. Several replicas may run: the checkpoint row lock serialises them.
 *
 * Running, projections that are where this runner left them go together: one read of the log
 * serves them all, and their batches commit in one transaction with their checkpoints (the
 * round trips to PostgreSQL, not the rows, are most of a small batch's cost). A projection that
 * fails goes alone, retried with backoff, so it never holds up the others.
 */
export class ProjectionRunner {
  private readonly checkpoints: CheckpointTable;
  private readonly positions = new Map<string, number>();
  private readonly loops: Promise<void>[] = [];
  private running = false;
  private readonly wakers = new Map<string, () => void>();
  private readonly gathering = new Set<() => void>();
  /** Projections poked while busy: their next idle returns at once. */
  private readonly poked = new Set<string>();
  /** Checkpoints this runner wrote last, per projection: an empty poll costs one read of the log. */
  private readonly known = new Map<string, { position: number; version: number }>();
  /** How far past its checkpoint each projection's filter has been looked through, finding nothing. */
  private readonly scanned = new Map<string, number>();
  /** Projections whose last batch failed: when to try again, alone. */
  private readonly failing = new Map<
    string,
    { retryAt: number; backoffMs: number; attempts: number; since: Date; error: string }
  >();
  private readonly parked: ParkedEvents;
  /** Per projection, the streams it holds back (read with its checkpoint). */
  private readonly held = new Map<string, Set<string>>();

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.checkpoints = new CheckpointTable(options.schema);
    this.parked = new ParkedEvents(options.schema);
  }

  migrate(): Promise<void> {
    return migrateCheckpoints(this.options.dataSource, this.options.schema);
  }

  /** Catches every projection up to the current end of the log, then returns. */
  async catchUp(): Promise<void> {
    for (const projection of this.options.projections) {
      while ((await this.step(projection)) > 0) {
        /* keep going until a batch comes back empty */
      }
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops.push(this.loopTogether());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    [...this.gathering].forEach((done) => done());
    await Promise.allSettled(this.loops.splice(0));
  }

  /** Wakes idle loops at once (e.g. after this process appended). */
  poke(): void {
    for (const projection of this.options.projections) this.poked.add(projection.name);
    this.poked.add(TOGETHER);
    for (const wake of [...this.wakers.values()]) wake();
  }

  status(): ProjectionStatus[] {
    return this.options.projections.map((p) => {
      const position = this.positions.get(p.name) ?? 0;
      const failing = this.failing.get(p.name);
      if (!failing) return { name: p.name, position };
      return {
        name: p.name,
        position,
        failing: {
          after: this.known.get(p.name)?.position ?? position,
          attempts: failing.attempts,
          since: failing.since.toISOString(),
          error: failing.error,
        },
        stuck: failing.attempts > this.parkAfterFailures,
      };
    });
  }

  /** The events set aside, of one projection or all, oldest first. */
  parkedEvents(name?: string): Promise<ParkedEvent[]> {
    return this.parked.list(this.options.dataSource.manager, name);
  }

  /**
   * After a fix: applies a projection's parked events again, each stream's in order in one
   * transaction. A stream that still fails stays parked (with the new error).
   */
  async replayParked(name: string): Promise<{ replayed: number; remaining: number }> {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`no projection named ${name}`);
    const byStream = new Map<string, number[]>();
    for (const event of await this.parkedEvents(name))
      byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event.position]);
    let replayed = 0;
    let remaining = 0;
    for (const [streamId, positions] of byStream) {
      const wanted = new Set(positions);
      const events = (
        await this.options.store.readStream(streamId, {
          revealPersonalData: projection.needsPersonalData === true,
        })
      ).filter((e) => wanted.has(e.globalPosition));
      try {
        await this.options.dataSource.transaction(async (em) => {
          await this.checkpoints.lock(em, name); // not alongside a batch of the same projection
          await projection.apply(events, em);
          await this.parked.release(em, name, positions);
        });
        this.held.get(name)?.delete(streamId);
        replayed += events.length;
      } catch (error) {
        await this.options.dataSource.transaction(async (em) => {
          await this.parked.release(em, name, positions);
          await this.parked.park(em, name, events, messageOf(error));
        });
        remaining += events.length;
      }
    }
    return { replayed, remaining };
  }

  /** Empties the projection's read model and replays it from the start of the log. */
  async rebuild(name: string): Promise<void> {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`no projection named ${name}`);
    await this.options.dataSource.transaction(async (em) => {
      await this.checkpoints.lock(em, name);
      await projection.reset(em);
      await this.parked.clear(em, name); // the replay meets them again
      await this.checkpoints.save(em, name, 0, projection.version);
    });
    this.held.delete(name);
    this.known.delete(name);
    this.scanned.delete(name);
    this.positions.set(name, 0);
    while ((await this.step(projection)) > 0) {
      /* replay */
    }
  }

  /** Resolves once the projection has applied the log up to this global position. */
  async waitFor(name: string, position: number, timeoutMs = 10_000): Promise<void> {
    if ((await this.awaitPosition(position, [name], timeoutMs)).length > 0) {
      throw new Error(`projection ${name} did not reach position ${position} within ${timeoutMs} ms`);
    }
  }

  /**
   * Read-your-writes: waits up to `timeoutMs` for the named projections (every one, without
   * names) to have applied the log up to `position`; returns those still behind (none: reached).
   * A checkpoint another replica wrote counts too, so a write answered by one replica is awaited
   * by any.
   */
  async awaitPosition(position: number, names?: readonly string[], timeoutMs = 0): Promise<string[]> {
    const wanted = names ?? this.options.projections.map((p) => p.name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind: string[] = [];
      for (const name of wanted) {
        if ((this.positions.get(name) ?? 0) >= position) continue; // includes stretches with nothing for it
        const at = await this.checkpoints.read(this.options.dataSource.manager, name);
        if ((at?.position ?? 0) < position) behind.push(name);
      }
      if (behind.length === 0 || Date.now() >= deadline) return behind;
      await new Promise((r) => setTimeout(r, Math.min(10, Math.max(1, deadline - Date.now()))));
    }
  }

  private async loopTogether(): Promise<void> {
    while (this.running) {
      const lookedAt = Date.now();
      const { applied, full } = await this.stepAll();
      if (!this.running) break;
      if (applied === 0) {
        const retry = Math.min(...[...this.failing.values()].map((f) => f.retryAt - Date.now()));
        await this.idle(TOGETHER, Math.max(0, Math.min(this.options.idleMs ?? 200, retry)));
        // Every append pokes: finding nothing (other event types), look again once per
        // gathering window, not once per append.
        await this.gather(lookedAt + this.gatherMs - Date.now());
      } else if (!full) await this.gather();
    }
  }

  /** One batch for every projection: together where they can, alone where they must. */
  private async stepAll(): Promise<{ applied: number; full: boolean }> {
    let applied = 0;
    let full = false;
    const now = Date.now();
    const ready = this.options.projections.filter((p) => (this.failing.get(p.name)?.retryAt ?? 0) <= now);
    const candidates = ready.filter((p) => !this.failing.has(p.name) && this.usable(p));
    // One far behind (a new version replaying the log) catches up alone: read together, the
    // others would see nothing new until it had.
    const lead = Math.max(...candidates.map((p) => this.startOf(p)));
    const together = candidates.filter((p) => this.startOf(p) >= lead - this.batchSize);
    for (const projection of ready.filter((p) => !together.includes(p))) {
      const n = await this.attempt(projection);
      applied += n;
      full ||= n >= this.batchSize;
    }
    // AUD-4: personal data is revealed only to the projections that keep it.
    for (const group of [
      together.filter((p) => p.needsPersonalData !== true),
      together.filter((p) => p.needsPersonalData === true),
    ]) {
      if (group.length === 0) continue;
      if (group.length === 1) {
        const n = await this.attempt(group[0]);
        applied += n;
        full ||= n >= this.batchSize;
        continue;
      }
      try {
        const step = await this.stepTogether(group);
        applied += step.applied;
        full ||= step.full;
      } catch {
        for (const projection of group) applied += await this.attempt(projection);
        full = true;
      }
    }
    return { applied, full };
  }

  /**
   * A batch for one projection alone; a failure is reported and retried later with backoff.
   * Failing parkAfterFailures times in a row, not for a passing cause, the stretch is applied
   * one event at a time and the first that fails alone is parked (policy `park`) or stays next.
   */
  private async attempt(projection: Projection): Promise<number> {
    const before = this.failing.get(projection.name);
    try {
      const applied =
        before && before.attempts >= this.parkAfterFailures
          ? await this.isolate(projection)
          : await this.step(projection);
      this.failing.delete(projection.name);
      return applied;
    } catch (error) {
      this.options.onError?.(projection.name, error);
      const backoffMs = Math.min((before?.backoffMs ?? 50) * 2, 10_000);
      this.failing.set(projection.name, {
        retryAt: Date.now() + backoffMs,
        backoffMs,
        // A passing cause never counts towards parking.
        attempts: transient(error)
          ? Math.min(before?.attempts ?? 0, this.parkAfterFailures - 1)
          : (before?.attempts ?? 0) + 1,
        since: before?.since ?? new Date(),
        error: messageOf(error),
      });
      return 0;
    }
  }

  /**
   * One event at a time from the checkpoint, so everything before the one that fails is applied;
   * that one is parked, or (policy halt) the projection stays just before it.
   */
  private async isolate(projection: Projection): Promise<number> {
    for (let i = 0; i < this.batchSize; i++) {
      try {
        if ((await this.step(projection, 1)) === 0) return i; // went through alone
      } catch (error) {
        if (transient(error) || this.options.poisonPolicy === 'halt') throw error;
        await this.park(projection, error);
        return i + 1;
      }
    }
    return this.batchSize;
  }

  private async park(projection: Projection, error: unknown): Promise<void> {
    const name = projection.name;
    const reason = messageOf(error);
    const parked = await this.options.dataSource.transaction(async (em) => {
      const at = await this.checkpoints.lock(em, name);
      if (!at || at.version !== projection.version) throw error;
      const [event] = (await this.read(projection, at.position, 1)).events;
      if (!event) throw error;
      await this.parked.park(em, name, [event], reason);
      await this.checkpoints.save(em, name, event.globalPosition, projection.version);
      return event;
    });
    this.known.set(name, { position: parked.globalPosition, version: projection.version });
    this.scanned.delete(name);
    this.positions.set(name, parked.globalPosition);
    const held = this.held.get(name) ?? new Set<string>();
    held.add(parked.streamId);
    this.held.set(name, held);
    this.options.onError?.(name, new PoisonEventParked(parked, reason));
  }

  /** The events of the page it may apply; those of streams it holds back are parked with them. */
  private async applicable(
    projection: Projection,
    events: readonly RecordedEvent[],
    em: EntityManager,
  ): Promise<readonly RecordedEvent[]> {
    const held = this.held.get(projection.name);
    if (!held || held.size === 0) return events;
    const hold = events.filter((e) => held.has(e.streamId));
    if (hold.length === 0) return events;
    await this.parked.park(em, projection.name, hold, HELD);
    return events.filter((e) => !held.has(e.streamId));
  }

  private get parkAfterFailures(): number {
    return this.options.parkAfterFailures ?? 5;
  }

  private usable(projection: Projection): boolean {
    return this.known.get(projection.name)?.version === projection.version;
  }

  /** Where this runner knows the projection stands: its checkpoint, or how far it has looked past it. */
  private startOf(projection: Projection): number {
    return Math.max(this.known.get(projection.name)!.position, this.scanned.get(projection.name) ?? 0);
  }

  /** One read for the group, one transaction for those that have events in it. */
  private async stepTogether(group: readonly Projection[]): Promise<{ applied: number; full: boolean }> {
    const starts = new Map(group.map((p) => [p.name, this.startOf(p)]));
    const from = Math.min(...starts.values());
    const everyStream = group.some((p) => p.streamPrefixes.length === 0);
    const everyType = group.some((p) => p.eventTypes === undefined);
    const page = await this.options.store.readPage({
      fromPosition: from,
      maxCount: this.batchSize,
      streamPrefixes: everyStream ? undefined : [...new Set(group.flatMap((p) => p.streamPrefixes))],
      eventTypes: everyType ? undefined : [...new Set(group.flatMap((p) => p.eventTypes ?? []))],
      revealPersonalData: group[0].needsPersonalData === true,
    });
    const full = page.events.length >= this.batchSize;
    const batches = group
      .map((projection) => {
        const start = starts.get(projection.name)!;
        const events = page.events.filter((e) => e.globalPosition > start && follows(projection, e));
        return { projection, start, events, position: Math.max(start, page.scannedTo) };
      })
      .filter((b) => b.events.length > 0);
    const busy = new Set(batches.map((b) => b.projection.name));
    const done =
      batches.length === 0 ||
      (await this.options.dataSource.transaction(async (em) => {
        const at = await this.checkpoints.lockAll(em, [...busy]);
        for (const { projection } of batches) {
          const now = at.get(projection.name);
          const known = this.known.get(projection.name)!;
          // Another replica moved on (or a rebuild began): each goes alone from the table.
          if (now?.position !== known.position || now.version !== projection.version) return false;
        }
        for (const { projection, events } of batches) {
          const applicable = await this.applicable(projection, events, em);
          if (applicable.length > 0) await projection.apply(applicable, em);
        }
        await this.checkpoints.saveAll(
          em,
          batches.map((b) => ({
            name: b.projection.name,
            position: b.position,
            version: b.projection.version,
          })),
        );
        return true;
      }));
    if (!done) {
      busy.forEach((name) => this.known.delete(name));
      return { applied: 1, full: true };
    }
    for (const { projection, position } of batches) {
      // Remembered only once committed: a failed batch is read again from the table.
      this.known.set(projection.name, { position, version: projection.version });
      this.scanned.delete(projection.name);
      this.positions.set(projection.name, position);
    }
    for (const projection of group) {
      // Nothing in this stretch for it: it moves on in memory, without a transaction.
      if (busy.has(projection.name) || page.scannedTo <= starts.get(projection.name)!) continue;
      this.scanned.set(projection.name, page.scannedTo);
      this.positions.set(projection.name, page.scannedTo);
    }
    return { applied: batches.reduce((n, b) => n + b.events.length, 0), full };
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 1000;
  }

  private get gatherMs(): number {
    return this.options.gatherMs ?? 20;
  }

  private gather(ms = this.gatherMs): Promise<void> {
    if (ms <= 0 || !this.running) return Promise.resolve();
    // Appends poke the runner: they are what is being gathered, so only stop() cuts it short.
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.gathering.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.gathering.add(done);
    });
  }

  private idle(name: string, ms: number): Promise<void> {
    if (this.poked.delete(name) || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.poked.delete(name);
        clearTimeout(timer);
        this.wakers.delete(name);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.set(name, done);
    });
  }

  /** Applies one batch; returns how many events it applied (or 1 when another replica moved on). */
  private async step(projection: Projection, maxCount = this.batchSize): Promise<number> {
    const name = projection.name;
    const known = this.known.get(name);
    const usable = known !== undefined && known.version === projection.version;
    // Past the checkpoint, this runner may already have looked without finding anything for it.
    const start = usable ? Math.max(known.position, this.scanned.get(name) ?? 0) : 0;
    // Nothing new after what this runner last wrote: no transaction, no lock.
    const ahead = usable ? await this.read(projection, start, maxCount) : undefined;
    if (ahead && ahead.events.length === 0) {
      if (ahead.scannedTo > start) {
        this.scanned.set(name, ahead.scannedTo);
        this.positions.set(name, ahead.scannedTo);
      }
      return 0;
    }
    const done = await this.options.dataSource.transaction(async (em) => {
      if (!known) {
        // Created without overwriting, so a runner racing to create it never rewinds another's progress.
        await this.checkpoints.ensure(em, name, projection.version);
      }
      const at = await this.checkpoints.lock(em, name);
      if (!at) return undefined; // removed meanwhile (rebuild tooling): start over
      let from = at.position;
      let page = ahead;
      if (at.version !== projection.version) {
        await projection.reset(em);
        await this.parked.clear(em, name);
        from = 0;
        page = undefined;
      } else if (at.position !== known?.position) {
        page = undefined; // another replica moved on: read from where it stopped
      } else {
        from = start;
      }
      // New to this runner, or moved on by another: what it holds back, as of this checkpoint.
      if (page === undefined) this.held.set(name, await this.parked.streams(em, name));
      page ??= await this.read(projection, from, maxCount);
      const { events } = page;
      const applicable = await this.applicable(projection, events, em);
      if (applicable.length > 0) await projection.apply(applicable, em);
      // Everything up to scannedTo has been seen, matching or not.
      const position = Math.max(from, page.scannedTo);
      if (position !== at.position || at.version !== projection.version) {
        await this.checkpoints.save(em, name, position, projection.version);
      }
      return { position, applied: events.length };
    });
    this.scanned.delete(name);
    if (!done) {
      this.known.delete(name);
      return 1;
    }
    // Remembered only once committed: a failed batch is read again from the table.
    this.known.set(name, { position: done.position, version: projection.version });
    this.positions.set(name, done.position);
    return done.applied > 0 || done.position !== known?.position ? Math.max(done.applied, 1) : 0;
  }

  private read(projection: Projection, from: number, maxCount = this.batchSize) {
    return this.options.store.readPage({
      fromPosition: from,
      maxCount,
      streamPrefixes: projection.streamPrefixes,
      eventTypes: projection.eventTypes,
      revealPersonalData: projection.needsPersonalData === true,
    });
  }
}

/** Whether an event of the group's read is one this projection follows. */
function follows(projection: Projection, event: RecordedEvent): boolean {
  if (projection.eventTypes && !projection.eventTypes.includes(event.type)) return false;
  return (
    projection.streamPrefixes.length === 0 ||
    projection.streamPrefixes.some((p) => event.streamId.startsWith(p))
  );
}
