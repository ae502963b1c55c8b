import type { LinkCheck } from '../chain/verify';
import type { RecordedEvent } from '../event-store.port';
import type { PostgresEventStore } from '../postgres/postgres-event-store';
import type { AuditActor, AuditDescription, ServiceAudit } from './audit-description';

/** One event of a case as an auditor reads it: the log's metadata, its description, its link. */
export interface AuditedEvent {
  readonly service: string;
  /** The position in the service's log (each deployed service has its own). */
  readonly position: number;
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** Who appended it, in which role (AUD-1); `system` for timers and reactions. */
  readonly actor: AuditActor;
  readonly branch?: string;
  readonly correlationId: string;
  /** The event (or command) that caused it; reactions name the other service's event id. */
  readonly causationId?: string;
  readonly description: AuditDescription;
  /** AUD-3: this event's link, recomputed from the stored row and its neighbours. */
  readonly link: { readonly ok: boolean; readonly reason?: string };
  /** The event's data; personal fields read as erased (AUD-4). */
  readonly data: unknown;
}

/** One service's part of a case's audit report, from its own log alone. */
export interface CaseAuditPart {
  readonly schema: 'aftersales.case-audit-part.v1';
  readonly service: string;
  readonly caseId: string;
  readonly caseNumber?: string;
  /** Only events recorded at or before this instant (null: everything recorded). */
  readonly asOf: string | null;
  readonly events: readonly AuditedEvent[];
  readonly chain: { readonly ok: boolean; readonly checked: number; readonly broken: number };
}

/** Where a service's events are: its store and categories, and how it describes them. */
export interface AuditSource {
  readonly service: string;
  readonly store: PostgresEventStore;
  /** Every stream category the service owns. */
  readonly categories: readonly string[];
  readonly audit?: ServiceAudit;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case reference is its id (a UUID) or its number (`HZ-2026-000123`). */
export const isCaseId = (caseRef: string): boolean => UUID.test(caseRef);

/**
 * The service's part of the case's audit (AUD-2, AUD-3), or undefined when its log has no event
 * of the case. With `asOf`, only what was recorded by then; the links are checked as stored now.
 */
export async function caseAuditPart(
  source: AuditSource,
  caseRef: string,
  asOf?: Date,
): Promise<CaseAuditPart | undefined> {
  // An empty category stands for every stream (the log read without a service's declaration).
  const prefixes = source.categories.map((c) => (c ? `${c}-` : ''));
  const caseId = isCaseId(caseRef)
    ? caseRef.toLowerCase()
    : await source.store.caseIdOfNumber(caseRef, prefixes);
  if (!caseId) return undefined;
  const casePrefixes = (source.audit?.caseStreams ?? []).map((c) => `${c}-`);
  const found = await source.store.readCase(caseId, { prefixes, casePrefixes });
  if (found.length === 0) return undefined;
  const known = asOf ? found.filter((e) => Date.parse(e.metadata.recordedAt) <= asOf.getTime()) : found;
  const related = (source.audit?.relatedStreams?.(known) ?? []).filter((id) =>
    prefixes.some((p) => id.startsWith(p)),
  );
  const shown = merge(known, await source.store.readStreams(related, { asOf }));
  const links = await source.store.checkLinks(shown.map((e) => e.globalPosition));
  const events = shown.map((e, i) => audited(source, e, links[i]));
  const broken = events.filter((e) => !e.link.ok).length;
  const caseNumber = found.map(caseNumberOf).find((n) => n !== undefined);
  return {
    schema: 'aftersales.case-audit-part.v1',
    service: source.service,
    caseId,
    ...(caseNumber ? { caseNumber } : {}),
    asOf: asOf?.toISOString() ?? null,
    events,
    chain: { ok: broken === 0, checked: events.length, broken },
  };
}

function merge(a: readonly RecordedEvent[], b: readonly RecordedEvent[]): RecordedEvent[] {
  const byPosition = new Map([...a, ...b].map((e) => [e.globalPosition, e]));
  return [...byPosition.values()].sort((x, y) => x.globalPosition - y.globalPosition);
}

function caseNumberOf(e: RecordedEvent): string | undefined {
  const n = (e.data as { caseNumber?: unknown } | null)?.caseNumber;
  return typeof n === 'string' ? n : undefined;
}

function audited(source: AuditSource, e: RecordedEvent, link: LinkCheck): AuditedEvent {
  const m = e.metadata;
  return {
    service: source.service,
    position: e.globalPosition,
    streamId: e.streamId,
    version: e.streamVersion,
    eventId: m.eventId,
    type: e.type,
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
    actor: { userId: m.actor.userId, role: m.actor.role },
    ...(m.branch ? { branch: m.branch } : {}),
    correlationId: m.correlationId,
    ...(m.causationId ? { causationId: m.causationId } : {}),
    description: describe(source.audit, e),
    link: link.ok ? { ok: true } : { ok: false, reason: link.reason },
    data: e.data,
  };
}

/** An event type the service does not describe (or whose data its describer cannot read) is named as recorded. */
function describe(audit: ServiceAudit | undefined, e: RecordedEvent): AuditDescription {
  const describer = audit?.describe[e.type];
  if (describer) {
    try {
      return describer(e.data as never, e);
    } catch (error) {
      return {
        summary: `${words(e.type)} (not readable: ${String(error)})`,
        summaryZh: `${e.type}（无法读取：${String(error)}）`,
        kind: 'fact',
      };
    }
  }
  return { summary: words(e.type), summaryZh: e.type, kind: 'fact' };
}

const words = (type: string) => type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
