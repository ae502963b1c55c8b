import type { Pool } from 'pg';

/** Table names in the store's own schema; `schema` must be a plain identifier. */
export function tables(schema: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new TypeError(`invalid schema name ${schema}`);
  return {
    schema,
    events: `${schema}.events`,
    head: `${schema}.head`,
    subjectKeys: `${schema}.subject_keys`,
    forgottenSubjects: `${schema}.forgotten_subjects`,
    channel: `${schema}_appended`,
  };
}
export type Tables = ReturnType<typeof tables>;

/**
 * A top-level field of an event's data, for the one-time fill of the case index: NULL where
 * PostgreSQL cannot read the JSON text (a \u0000 or lone surrogate escape, stored verbatim).
 */
const safeField = (key: string) =>
  `(CASE WHEN strpos(data::text, '\\u') > 0 AND data::text ~ '\\\\u(0000|[dD][89a-fA-F])' THEN NULL
         WHEN json_typeof(data) = 'object' AND json_typeof(data->'${key}') = 'string' THEN data->>'${key}' END)`;

/**
 * Idempotent: safe to run at every start and from several processes at once (an advisory lock
 * serialises them). `json` (not jsonb) keeps the exact text the AUD-3 hash was computed over
 * and is returned without re-serialising.
 */
export async function migrate(pool: Pool, schema: string): Promise<void> {
  const t = tables(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('event-store-migrate:' || $1))`, [schema]);
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS ${t.schema};
      CREATE TABLE IF NOT EXISTS ${t.events} (
        position bigint PRIMARY KEY,
        stream_id text NOT NULL,
        stream_version integer NOT NULL,
        event_id uuid NOT NULL,
        type text NOT NULL,
        recorded_at timestamptz NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        hash text NOT NULL,
        UNIQUE (stream_id, stream_version)
      );
      -- The tip of the AUD-3 chain; its row lock serialises appends (positions = commit order).
      -- recorded_ms keeps recorded-at monotonic along positions across writer processes.
      CREATE TABLE IF NOT EXISTS ${t.head} (
        id integer PRIMARY KEY CHECK (id = 1),
        position bigint NOT NULL,
        hash text NOT NULL,
        recorded_ms bigint NOT NULL DEFAULT 0
      );
      ALTER TABLE ${t.head} ADD COLUMN IF NOT EXISTS recorded_ms bigint NOT NULL DEFAULT 0;
      -- Event ids are unique across the log: consumers deduplicate by event id, and an append
      -- that repeats given ids is recognised with an index lookup, not a scan of the log.
      CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON ${t.events} (event_id);
      INSERT INTO ${t.head} (id, position, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
      -- AUD-2: the case index. Every service's events name their case by data.caseId (and some by
      -- its number, data.caseNumber); the appender copies both from the top level of data into
      -- these columns (no JSON is parsed under the head lock), and a case audit looks its events
      -- up here instead of scanning the log. Not hashed: derived from the hashed data.
      ALTER TABLE ${t.events} ADD COLUMN IF NOT EXISTS case_id text, ADD COLUMN IF NOT EXISTS case_number text;
      CREATE INDEX IF NOT EXISTS events_case_id ON ${t.events} (case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS events_case_number ON ${t.events} (case_number) WHERE case_number IS NOT NULL;
      -- How far the columns were filled in for events appended before them (or by a replica of an
      -- older version during a rolling upgrade).
      ALTER TABLE ${t.head} ADD COLUMN IF NOT EXISTS case_indexed_to bigint NOT NULL DEFAULT 0;
      -- AUD-2: the case index. Every service's events name their case by data.caseId (and some by
      -- its number, data.caseNumber); a case audit looks its events up here instead of scanning
      -- the log. Partial: events naming no case cost the index nothing.
      CREATE INDEX IF NOT EXISTS events_case_id ON ${t.events} ((data->>'caseId'))
        WHERE data->>'caseId' IS NOT NULL;
      CREATE INDEX IF NOT EXISTS events_case_number ON ${t.events} ((data->>'caseNumber'))
        WHERE data->>'caseNumber' IS NOT NULL;
      -- AUD-4: data keys live outside the log; deleting a subject's rows erases their personal
      -- data. A key per subject and append, written in the append's transaction.
      CREATE TABLE IF NOT EXISTS ${t.subjectKeys} (
        subject_id text NOT NULL,
        key_id uuid NOT NULL,
        data_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_id, key_id)
      );
      -- AUD-4: that a subject was forgotten, and when (a hash of the id, no personal data), so a
      -- later registration under the same id is not silently linked to the erased history.
      CREATE TABLE IF NOT EXISTS ${t.forgottenSubjects} (
        subject_hash text PRIMARY KEY,
        forgotten_at timestamptz NOT NULL DEFAULT now()
      );
      -- Stores made when a subject had one key only.
      DO $$ BEGIN
        IF (SELECT array_length(i.indkey, 1) FROM pg_index i
            WHERE i.indrelid = '${t.subjectKeys}'::regclass AND i.indisprimary) = 1 THEN
          ALTER TABLE ${t.subjectKeys} DROP CONSTRAINT subject_keys_pkey,
            ADD PRIMARY KEY (subject_id, key_id);
        END IF;
      END $$;
      -- Append-only: updates and deletes need a deliberate act (and the chain still shows them).
      CREATE OR REPLACE FUNCTION ${t.schema}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS
        $$BEGIN RAISE EXCEPTION 'the event log is append-only'; END$$;
      DROP TRIGGER IF EXISTS events_append_only ON ${t.events};
      -- Between dropping and re-creating the append-only trigger, in this transaction: the case
      -- index of events appended since the last migration without it. Only the index columns
      -- change; the hashed text is untouched, so the chain still verifies.
      UPDATE ${t.events} SET case_id = ${safeField('caseId')}, case_number = ${safeField('caseNumber')}
        WHERE position > (SELECT case_indexed_to FROM ${t.head} WHERE id = 1)
          AND case_id IS NULL AND case_number IS NULL
          AND (${safeField('caseId')} IS NOT NULL OR ${safeField('caseNumber')} IS NOT NULL);
      UPDATE ${t.head} SET case_indexed_to = position WHERE id = 1;
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON ${t.events}
        FOR EACH ROW EXECUTE FUNCTION ${t.schema}.refuse_change();
      DROP TRIGGER IF EXISTS events_no_truncate ON ${t.events};
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${t.events}
        FOR EACH STATEMENT EXECUTE FUNCTION ${t.schema}.refuse_change();
    `);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
