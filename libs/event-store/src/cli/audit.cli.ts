// The audit command (docs/audit.md):
//   npm run audit -- verify                                   AUD-3, the whole log
//   npm run audit -- forget <subject>                         AUD-4
//   npm run audit -- case <case id | number> [--as-of <instant>] [--json] [--http <base-url>]
//                                                             AUD-2 with AUD-3 per event
// The log: DATABASE_URL and EVENT_STORE_SCHEMA (default event_store); for `case`, each service's
// own log where AUDIT_SOURCES names it (`intake=postgres://…#schema,dispatch=postgres://…`), or,
// with --http, each service's auditor route behind <base-url> (AUDIT_HTTP_SOURCES per service,
// AUDIT_TOKEN the bearer token).
import { parseArgs } from 'node:util';
import type { ServiceAudit } from '../audit/audit-description';
import { caseAuditPart, isCaseId, type AuditSource, type CaseAuditPart } from '../audit/case-part';
import { assembleCaseReport, type CaseReport } from '../audit/case-report';
import { renderCaseReport } from '../audit/case-report.text';
import { PostgresEventStore } from '../postgres/postgres-event-store';

const USAGE = `usage: audit verify | audit forget <subject-id> | audit case <case-id|case-number> [--as-of <instant>] [--json] [--http <base-url>]`;

/** A service whose log the case audit reads: its name, its stream categories, how it describes its events. */
export interface AuditedService {
  readonly name: string;
  readonly categories: readonly string[];
  readonly audit?: ServiceAudit;
}

/** Exit codes: 0 ok, 1 a broken link, 2 usage or configuration, 3 no such case. */
export async function runAudit(
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
  services: readonly AuditedService[] = [],
): Promise<number> {
  const [command, subject] = args;
  // The case report and the chain's walk read PostgreSQL's log; an EventStoreDB log is not there.
  if ((command === 'case' || command === 'verify') && env.EVENT_STORE === 'eventstoredb') {
    console.error(
      `audit ${command} reads the PostgreSQL log (its case index, its global chain); with EVENT_STORE=eventstoredb the log is in EventStoreDB, which it does not read`,
    );
    return 2;
  }
  if (command === 'case') return runCaseAudit(args.slice(1), env, services);
  if (command !== 'verify' && !(command === 'forget' && subject)) {
    console.error(USAGE);
    return 2;
  }
  const connectionString = env.DATABASE_URL;
  if (!connectionString) {
    console.error('DATABASE_URL is not set');
    return 2;
  }
  // With EventStoreDB the AUD-4 keys stay in this PostgreSQL schema, so forget works there too.
  const store = new PostgresEventStore({ connectionString, schema: env.EVENT_STORE_SCHEMA, poolSize: 2 });
  try {
    if (command === 'forget') {
      await store.forget(subject);
      console.log(`forgot ${subject}: their personal fields now read as erased`);
      return 0;
    }
    const verdict = await store.verify();
    if (verdict.ok) {
      console.log(`ok ${verdict.count} events, head ${verdict.head}`);
      return 0;
    }
    console.log(
      `broken at position ${verdict.position}: ${verdict.reason} (${verdict.count} events verified before it)`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Where each service's log is: AUDIT_SOURCES by name, else DATABASE_URL / EVENT_STORE_SCHEMA. */
export function auditSourcesConfig(
  env: Record<string, string | undefined>,
  services: readonly string[],
): { service: string; url: string; schema: string }[] {
  const named = new Map<string, { url: string; schema?: string }>();
  for (const entry of (env.AUDIT_SOURCES ?? '').split(',').filter((e) => e.trim().length > 0)) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new Error(`AUDIT_SOURCES: "${entry}" is not <service>=<postgres url>[#schema]`);
    const name = entry.slice(0, eq).trim();
    if (!services.includes(name))
      throw new Error(`AUDIT_SOURCES: no service named ${name}; known: ${services.join(', ')}`);
    const [url, schema] = entry
      .slice(eq + 1)
      .trim()
      .split('#');
    named.set(name, { url, ...(schema ? { schema } : {}) });
  }
  return services.flatMap((service) => {
    const source = named.get(service);
    const url = source?.url ?? env.DATABASE_URL;
    if (!url) return [];
    return [{ service, url, schema: source?.schema ?? env.EVENT_STORE_SCHEMA ?? 'event_store' }];
  });
}

async function runCaseAudit(
  args: readonly string[],
  env: Record<string, string | undefined>,
  known: readonly AuditedService[],
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        http: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [caseRef] = parsed.positionals;
  const asOfText = parsed.values['as-of'];
  if (!caseRef || parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (asOfText !== undefined && (!INSTANT.test(asOfText) || Number.isNaN(Date.parse(asOfText)))) {
    console.error(
      `--as-of must be an instant with its time zone, e.g. 2026-12-01T08:00:00Z (got ${asOfText})`,
    );
    return 2;
  }
  const asOf = asOfText ? new Date(asOfText) : undefined;
  const print = (report: CaseReport) => {
    console.log(parsed.values.json ? JSON.stringify(report, null, 2) : renderCaseReport(report));
    return report.chain.ok ? 0 : 1;
  };
  if (parsed.values.http !== undefined || env.AUDIT_HTTP_SOURCES) {
    let found;
    try {
      found = await partsOverHttp(
        caseRef,
        asOf,
        httpSources(env, parsed.values.http, known),
        env.AUDIT_TOKEN,
      );
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 2;
    }
    if (found.length === 0) {
      console.error(`no case ${caseRef} behind the auditor routes`);
      return 3;
    }
    return print(
      assembleCaseReport(found, { asOf: asOf?.toISOString() ?? null, generatedAt: new Date().toISOString() }),
    );
  }
  // Without declared services (the library alone), the whole log, every event named by its type.
  const services: readonly AuditedService[] =
    known.length > 0 ? known : [{ name: 'event-store', categories: [''] }];
  let config;
  try {
    config = auditSourcesConfig(
      env,
      services.map((s) => s.name),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (config.length === 0) {
    console.error('neither AUDIT_SOURCES nor DATABASE_URL names a log');
    return 2;
  }
  const stores = new Map<string, PostgresEventStore>();
  const storeOf = (url: string, schema: string) => {
    const key = `${schema} ${url}`;
    let store = stores.get(key);
    if (!store)
      stores.set(key, (store = new PostgresEventStore({ connectionString: url, schema, poolSize: 2 })));
    return store;
  };
  const sources: AuditSource[] = config.map((c) => {
    const s = services.find((x) => x.name === c.service)!;
    return { service: s.name, categories: s.categories, audit: s.audit, store: storeOf(c.url, c.schema) };
  });
  try {
    const caseId = isCaseId(caseRef) ? caseRef : await caseIdOf(caseRef, sources);
    if (!caseId) {
      console.error(`no case ${caseRef} in the log`);
      return 3;
    }
    const parts = (await Promise.all(sources.map((s) => caseAuditPart(s, caseId, asOf)))).filter(
      (p): p is CaseAuditPart => p !== undefined,
    );
    if (parts.length === 0) {
      console.error(`no case ${caseRef} in the log`);
      return 3;
    }
    return print(
      assembleCaseReport(parts, { asOf: asOf?.toISOString() ?? null, generatedAt: new Date().toISOString() }),
    );
  } finally {
    await Promise.all([...stores.values()].map((s) => s.close()));
  }
}

/** Each service's auditor route: `<base>/<service>/…` (one ingress serves them all), or as AUDIT_HTTP_SOURCES names it. */
export function httpSources(
  env: Record<string, string | undefined>,
  base: string | undefined,
  services: readonly AuditedService[],
): { service: string; url: string }[] {
  const named = new Map<string, string>();
  for (const entry of (env.AUDIT_HTTP_SOURCES ?? '').split(',').filter((e) => e.trim().length > 0)) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new Error(`AUDIT_HTTP_SOURCES: "${entry}" is not <service>=<base url>`);
    named.set(entry.slice(0, eq).trim(), entry.slice(eq + 1).trim());
  }
  const sources = services.flatMap((s) => {
    const url = named.get(s.name) ?? base;
    return url ? [{ service: s.name, url: url.replace(/\/+$/, '') }] : [];
  });
  if (sources.length === 0) throw new Error('--http needs a base URL or AUDIT_HTTP_SOURCES');
  return sources;
}

/**
 * The parts from each service's auditor route, as a browser console would fetch them: a case
 * number is asked of each service in turn until one knows it (intake registers it), then every
 * other service is asked by the case id. A service without the case answers 404 and has no part.
 */
async function partsOverHttp(
  caseRef: string,
  asOf: Date | undefined,
  sources: readonly { service: string; url: string }[],
  token: string | undefined,
): Promise<CaseAuditPart[]> {
  if (!token)
    throw new Error('AUDIT_TOKEN is not set: the auditor routes need a bearer token with the auditor role');
  const ask = async (
    s: { service: string; url: string },
    ref: string,
  ): Promise<CaseAuditPart | undefined> => {
    const query = asOf ? `?asOf=${encodeURIComponent(asOf.toISOString())}` : '';
    const res = await fetch(`${s.url}/${s.service}/audit/cases/${encodeURIComponent(ref)}${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`${s.service}: ${res.status} ${await res.text()}`);
    return (await res.json()) as CaseAuditPart;
  };
  let caseId = isCaseId(caseRef) ? caseRef : undefined;
  const parts = new Map<string, CaseAuditPart>();
  for (const s of sources) {
    if (caseId) break;
    const part = await ask(s, caseRef);
    if (part) {
      caseId = part.caseId;
      parts.set(s.service, part);
    }
  }
  if (!caseId) return [];
  const id = caseId;
  const rest = await Promise.all(sources.filter((s) => !parts.has(s.service)).map((s) => ask(s, id)));
  for (const part of rest) if (part) parts.set(part.service, part);
  return sources.flatMap((s) => parts.get(s.service) ?? []);
}

/** The case number as the first service that records it knows it (intake registers it). */
async function caseIdOf(caseNumber: string, sources: readonly AuditSource[]): Promise<string | undefined> {
  for (const s of sources) {
    const id = await s.store.caseIdOfNumber(
      caseNumber,
      s.categories.map((c) => (c ? `${c}-` : '')),
    );
    if (id) return id;
  }
  return undefined;
}

if (require.main === module) {
  runAudit(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
