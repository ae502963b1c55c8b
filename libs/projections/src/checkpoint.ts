import type { EntityManager } from 'typeorm';

/** Checkpoints live in the service's own schema, next to its read models. */
export class CheckpointTable {
  constructor(readonly schema: string) {}

  get table(): string {
    return `"${this.schema}".projection_checkpoint`;
  }

  async migrate(em: EntityManager): Promise<void> {
    await em.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
    await em.query(`
      CREATE TABLE IF NOT EXISTS ${this.table} (
        name text PRIMARY KEY,
        position bigint NOT NULL,
        version int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  /**
   * Reads and locks the row so two runners of one projection never apply the same batch.
   * Read models are rebuilt from the durable log: a commit lost in a server crash is re-applied
   * from the checkpoint lost with it, so the transaction need not wait for its fsync (set here,
   * in the same round trip).
   */
  async lock(em: EntityManager, name: string): Promise<{ position: number; version: number } | undefined> {
    return (await this.lockAll(em, [name])).get(name);
  }

  /** `lock` for several projections at once, in name order so two runners never deadlock. */
  async lockAll(
    em: EntityManager,
    names: readonly string[],
  ): Promise<Map<string, { position: number; version: number }>> {
    const rows: Array<{ name: string; position: string; version: number }> = await em.query(
      `SELECT name, position, version, set_config('synchronous_commit', 'off', true)
       FROM ${this.table} WHERE name = ANY($1) ORDER BY name FOR UPDATE`,
      [names],
    );
    return new Map(rows.map((r) => [r.name, { position: Number(r.position), version: r.version }]));
  }

  /** `save` for several projections in one statement. */
  async saveAll(
    em: EntityManager,
    rows: ReadonlyArray<{ name: string; position: number; version: number }>,
  ): Promise<void> {
    await em.query(
      `INSERT INTO ${this.table} (name, position, version)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[])
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, version = EXCLUDED.version, updated_at = now()`,
      [rows.map((r) => r.name), rows.map((r) => String(r.position)), rows.map((r) => r.version)],
    );
  }

  async read(em: EntityManager, name: string): Promise<{ position: number; version: number } | undefined> {
    const rows: Array<{ position: string; version: number }> = await em.query(
      `SELECT position, version FROM ${this.table} WHERE name = $1`,
      [name],
    );
    return rows[0] ? { position: Number(rows[0].position), version: rows[0].version } : undefined;
  }

  async ensure(em: EntityManager, name: string, version: number): Promise<void> {
    await em.query(
      `INSERT INTO ${this.table} (name, position, version) VALUES ($1, 0, $2) ON CONFLICT (name) DO NOTHING`,
      [name, version],
    );
  }

  async save(em: EntityManager, name: string, position: number, version: number): Promise<void> {
    await this.saveAll(em, [{ name, position, version }]);
  }
}
