// npm run audit -- verify | forget <subject> | case <case id | number> [--as-of <instant>] [--json]
// The event store's audit command with every declared service's categories and descriptions
// (docs/audit.md); the library's own command knows no service.
import 'reflect-metadata';
import { runAudit } from '@aftersales/event-store';
import { SERVICES } from './catalogue';

if (require.main === module) {
  runAudit(
    process.argv.slice(2),
    process.env,
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
