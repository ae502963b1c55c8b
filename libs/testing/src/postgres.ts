import { randomBytes } from 'node:crypto';
import { Client, Pool, PoolConfig } from 'pg';

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: the jest global setup did not choose a PostgreSQL server');
  return url;
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** A pool on the throwaway database; closed by drop(). */
  pool(config?: PoolConfig): Pool;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL does not answer at DATABASE_URL: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database of its own for one test file; drop() removes it. */
export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  const pools: Pool[] = [];
  return {
    name,
    url: url.toString(),
    pool(config) {
      const pool = new Pool({
        connectionString: url.toString(),
        connectionTimeoutMillis: 5000,
        max: 10,
        ...config,
      });
      // drop() terminates what pool.end() has not closed yet; that is expected, not a failure.
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    async drop() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
