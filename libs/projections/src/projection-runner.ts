import type { EventStore } from '@aftersales/event-store';
import type { DataSource } from 'typeorm';
import { CheckpointTable } from './checkpoint';
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
  readonly onError?: (projection: string, error: unknown) => void;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly position: number;
}

/**
 * Follows the log for each projection from its checkpoint, applying batches in one transaction
 * with the checkpoint. Several replicas may run: the checkpoint row lock serialises them.
 */
export class ProjectionRunner {
  private readonly checkpoints: CheckpointTable;
  private readonly positions = new Map<string, number>();
  private readonly loops: Promise<void>[] = [];
  private running = false;
  private readonly wakers = new Set<() => void>();
  /** A poke that came while no loop was idle: the next idle returns at once. */
  private poked = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.checkpoints = new CheckpointTable(options.schema);
  }

  async migrate(): Promise<void> {
    await this.checkpoints.migrate(this.options.dataSource.manager);
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
    for (const projection of this.options.projections) this.loops.push(this.loop(projection));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await Promise.allSettled(this.loops.splice(0));
  }

  /** Wakes idle loops at once (e.g. after this process appended). */
  poke(): void {
    this.poked = true;
    for (const wake of [...this.wakers]) wake();
  }

  status(): ProjectionStatus[] {
    return this.options.projections.map((p) => ({ name: p.name, position: this.positions.get(p.name) ?? 0 }));
  }

  /** Empties the projection's read model and replays it from the start of the log. */
  async rebuild(name: string): Promise<void> {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`no projection named ${name}`);
    await this.options.dataSource.transaction(async (em) => {
      await this.checkpoints.lock(em, name);
      await projection.reset(em);
      await this.checkpoints.save(em, name, 0, projection.version);
    });
    this.positions.set(name, 0);
    while ((await this.step(projection)) > 0) {
      /* replay */
    }
  }

  /** Resolves once the projection has applied the log up to this global position. */
  async waitFor(name: string, position: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = await this.checkpoints.read(this.options.dataSource.manager, name);
      if ((at?.position ?? 0) >= position) return;
      if (Date.now() > deadline) {
        throw new Error(`projection ${name} did not reach position ${position} within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async loop(projection: Projection): Promise<void> {
    let backoff = 100;
    while (this.running) {
      try {
        const applied = await this.step(projection);
        backoff = 100;
        if (applied === 0) await this.idle(this.options.idleMs ?? 200);
      } catch (error) {
        this.options.onError?.(projection.name, error);
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.poked) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        this.poked = false;
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  /** Applies one batch; returns how many events it applied. */
  private async step(projection: Projection): Promise<number> {
    const { store, dataSource } = this.options;
    const batchSize = this.options.batchSize ?? 1000;
    return dataSource.transaction(async (em) => {
      // Created without overwriting, so a runner racing to create it never rewinds another's progress.
      await this.checkpoints.ensure(em, projection.name, projection.version);
      const at = (await this.checkpoints.lock(em, projection.name))!;
      let from = at.position;
      if (at.version !== projection.version) {
        await projection.reset(em);
        from = 0;
      }
      const events = await store.readAll({
        fromPosition: from,
        maxCount: batchSize,
        streamPrefixes: projection.streamPrefixes,
        revealPersonalData: projection.needsPersonalData === true,
      });
      if (events.length > 0) await projection.apply(events, em);
      const position = events.length > 0 ? events[events.length - 1].globalPosition : from;
      if (position !== at.position || at.version !== projection.version) {
        await this.checkpoints.save(em, projection.name, position, projection.version);
      }
      this.positions.set(projection.name, position);
      return events.length;
    });
  }
}
