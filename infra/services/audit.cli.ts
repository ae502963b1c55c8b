// npm run audit -- verify | forget <subject> | case <case id | number> [--as-of <instant>] [--json]
// The event store's audit command with every declared service's categories and descriptions
// (docs/audit.md); the library's own command knows no service. Without DATABASE_URL or
// AUDIT_SOURCES it reads the standalone's database (`npm start`).
import 'reflect-metadata';
import { runAudit } from '@aftersales/event-store';
import { SERVICES } from './catalogue';

export const standaloneDatabaseUrl = (env: NodeJS.ProcessEnv) =>
  `postgres://postgres:postgres@127.0.0.1:${env.STANDALONE_PG_PORT ?? 55432}/aftersales`;

if (require.main === module) {
  const env = { ...process.env };
  const overHttp = process.argv.includes('--http') || env.AUDIT_HTTP_SOURCES;
  if (!env.DATABASE_URL && !env.AUDIT_SOURCES && !overHttp) {
    env.DATABASE_URL = standaloneDatabaseUrl(env);
    console.error(
      `reading the standalone's log (${env.DATABASE_URL}); set DATABASE_URL or AUDIT_SOURCES for another`,
    );
  }
  runAudit(
    process.argv.slice(2),
    env,
    SERVICES.map((s) => ({
      name: s.name,
      categories: [...s.streams.published, ...(s.streams.internal ?? [])],
      audit: s.audit,
    })),
  ).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    },
  );
}
