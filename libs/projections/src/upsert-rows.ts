import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** PostgreSQL array types of the column types read models use. */
const ARRAY_TYPES: Record<string, string> = {
  text: 'text[]',
  varchar: 'text[]',
  boolean: 'boolean[]',
  int: 'int[]',
  integer: 'int[]',
  bigint: 'bigint[]',
  timestamptz: 'timestamptz[]',
  date: 'date[]',
  jsonb: 'jsonb[]',
};

interface Plan {
  readonly sql: string;
  readonly columns: ReadonlyArray<{ property: string; json: boolean; type: string; fallback: unknown }>;
}

const plans = new WeakMap<object, Plan>();

function planFor(em: EntityManager, target: EntityTarget<ObjectLiteral>): Plan {
  const metadata = em.connection.getMetadata(target);
  const cached = plans.get(metadata);
  if (cached) return cached;
  const columns = metadata.columns.map((c) => {
    const type = String(c.type);
    const arrayType = ARRAY_TYPES[type];
    if (!arrayType) throw new Error(`upsertRows: column ${c.databaseName} has unsupported type ${type}`);
    // A property left unset takes the column's declared default, as in a plain INSERT.
    const fallback = typeof c.default === 'function' || c.default === undefined ? null : c.default;
    return {
      name: c.databaseName,
      property: c.propertyName,
      arrayType,
      json: type === 'jsonb',
      type,
      fallback,
    };
  });
  const keys = metadata.primaryColumns.map((c) => c.databaseName);
  const quote = (name: string) => `"${name}"`;
  const table = metadata.schema
    ? `${quote(metadata.schema)}.${quote(metadata.tableName)}`
    : quote(metadata.tableName);
  const updated = columns.filter((c) => !keys.includes(c.name));
  const sql = `INSERT INTO ${table} (${columns.map((c) => quote(c.name)).join(', ')})
    SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.arrayType}`).join(', ')})
    ON CONFLICT (${keys.map(quote).join(', ')}) DO UPDATE SET
    ${updated.map((c) => `${quote(c.name)} = EXCLUDED.${quote(c.name)}`).join(', ')}`;
  const plan = { sql, columns };
  plans.set(metadata, plan);
  return plan;
}

/**
 * Inserts or replaces whole rows of a read model in one statement: one array parameter per
 * column (unnest), so the statement and its cost do not grow with the number of rows the way
 * a multi-row VALUES list does. Each primary key at most once per call.
 */
export async function upsertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const plan = planFor(em, target);
  const params = plan.columns.map(({ property, json, type, fallback }) =>
    rows.map((row) => {
      const value = row[property] as unknown;
      if (value === undefined) return fallback;
      if (value === null) return null;
      if (json) return JSON.stringify(value);
      if (value instanceof Date) return value.toISOString();
      return type === 'bigint' ? String(value) : value;
    }),
  );
  await em.query(plan.sql, params);
}
