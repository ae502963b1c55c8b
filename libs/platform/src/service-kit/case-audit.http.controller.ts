import { caseAuditPart, PostgresEventStore, type AuditSource } from '@aftersales/event-store';
import { NotFound } from '@aftersales/kernel';
import { Controller, Get, Inject, NotImplementedException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { ValidationFailed } from '../http/validation';
import { integer, nullable, object, text, time } from '../http/response-schemas';
import { SERVICE_RUNTIME } from './runtime-token';
import type { KitRuntime } from './service-runtime';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CaseAuditQuery {
  /** Only what was recorded at or before this instant (ISO 8601 with a time zone). */
  @ApiPropertyOptional({
    description: 'time travel: only what was recorded at or before this instant (ISO 8601 with its zone)',
    format: 'date-time',
    pattern: INSTANT.source,
    example: '2026-12-01T08:00:00Z',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'asOf must be an instant with its time zone, e.g. 2026-12-01T08:00:00Z' })
  asOf?: string;
}

/** A case id (UUID) or a case number such as HZ-2026-000123. */
const CASE_REF = /^[0-9A-Za-z][0-9A-Za-z-]{0,63}$/;

const actor = object({ userId: text, role: text });
const evidence = object({ kind: text, ref: text, sha256: text, description: text }, [
  'sha256',
  'description',
]);
const amount = object({ amountMinor: integer, currency: text });

/** The part's shape (`aftersales.case-audit-part.v1`, docs/audit.md). */
export const CASE_AUDIT_PART = object(
  {
    schema: { type: 'string', enum: ['aftersales.case-audit-part.v1'] },
    service: text,
    caseId: { type: 'string', format: 'uuid' },
    caseNumber: text,
    asOf: nullable(time),
    events: {
      type: 'array',
      items: object(
        {
          service: text,
          position: integer,
          streamId: text,
          version: integer,
          eventId: { type: 'string', format: 'uuid' },
          type: text,
          occurredAt: time,
          recordedAt: time,
          actor,
          branch: text,
          correlationId: text,
          causationId: text,
          description: object(
            {
              summary: text,
              summaryZh: { ...text, description: 'the same line in Chinese' },
              kind: { type: 'string', enum: ['decision', 'fact'] },
              decidedBy: actor,
              reason: text,
              evidence: { type: 'array', items: evidence },
              refs: { type: 'object', additionalProperties: text },
              attribution: {
                type: 'object',
                description:
                  'the event’s step in the responsibility history (attributed, disputed, confirmed, superseded)',
                properties: {
                  step: { type: 'string', enum: ['attributed', 'disputed', 'confirmed', 'superseded'] },
                },
                required: ['step'],
              },
              money: {
                type: 'array',
                items: object(
                  {
                    kind: text,
                    amount,
                    lines: {
                      type: 'array',
                      items: object({ account: text, debitMinor: integer, creditMinor: integer }),
                    },
                    cause: text,
                    period: text,
                  },
                  ['lines', 'cause', 'period'],
                ),
              },
            },
            ['summaryZh', 'decidedBy', 'reason', 'evidence', 'refs', 'attribution', 'money'],
          ),
          link: object({ ok: { type: 'boolean' }, reason: text }, ['reason']),
          data: { type: 'object', description: 'the event’s data; personal fields read as erased (AUD-4)' },
        },
        ['branch', 'causationId'],
      ),
    },
    chain: object({ ok: { type: 'boolean' }, checked: integer, broken: integer }),
  },
  ['caseNumber'],
);

/**
 * AUD-2/AUD-3, served by the kit for every service: the service's part of a case's audit report
 * from its own log, each event described by the service's declaration, with its hash link checked.
 */
@Controller('audit')
export class CaseAuditController {
  constructor(@Inject(SERVICE_RUNTIME) private readonly runtime: KitRuntime<never, unknown, object>) {}

  /** The service's events of the case, described, with their hash links checked. */
  @Get('cases/:caseRef')
  @ApiParam({
    name: 'caseRef',
    description: 'the case id (UUID) or its number, e.g. HZ-2026-000123',
    schema: { type: 'string', pattern: CASE_REF.source, maxLength: 64 },
  })
  @ApiOkResponse({ description: 'this service’s part of the case’s audit report', schema: CASE_AUDIT_PART })
  @Roles('auditor')
  async part(@Param('caseRef') caseRef: string, @Query() query: CaseAuditQuery) {
    if (!CASE_REF.test(caseRef))
      throw new ValidationFailed([
        { field: 'caseRef', reason: 'caseRef must be a case id or a case number' },
      ]);
    const asOf = query.asOf === undefined ? undefined : new Date(query.asOf);
    if (asOf && Number.isNaN(asOf.getTime()))
      throw new ValidationFailed([{ field: 'asOf', reason: 'asOf must be a date and time that exists' }]);
    const part = await caseAuditPart(auditSourceOf(this.runtime), caseRef, asOf);
    if (!part) throw new NotFound('case', caseRef);
    return part;
  }
}

/** Where a running service's events are and how it describes them. */
export function auditSourceOf(runtime: KitRuntime<never, unknown, object>): AuditSource {
  const { declaration, store } = runtime;
  // The report finds a case's streams through the case index the PostgreSQL log keeps.
  if (!(store instanceof PostgresEventStore))
    throw new NotImplementedException(
      `${declaration.name}: the case audit report needs the PostgreSQL event store's case index; it runs on ${store.constructor.name}`,
    );
  return {
    service: declaration.name,
    store,
    categories: [...declaration.streams.published, ...(declaration.streams.internal ?? [])],
    audit: declaration.audit,
  };
}
