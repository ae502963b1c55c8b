import type { RecordedEvent } from '@aftersales/event-store';
import type { MessageHeaders } from '../kafka/message-broker.port';

/** The CloudEvents (binary mode) attributes of a published event; `ce_` headers per the Kafka binding. */
export function cloudEventHeaders(
  event: RecordedEvent,
  publicType: string,
  source: string,
  dataSchema?: string,
): MessageHeaders {
  const { metadata } = event;
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: metadata.eventId,
    ce_type: publicType,
    ce_source: source,
    ce_time: metadata.occurredAt,
    ce_subject: event.streamId,
    ce_correlationid: metadata.correlationId,
    ce_actorid: metadata.actor.userId,
    ce_actorrole: metadata.actor.role,
    'content-type': 'application/json',
  };
  if (dataSchema) headers.ce_dataschema = dataSchema;
  if (metadata.causationId) headers.ce_causationid = metadata.causationId;
  if (metadata.branch) headers.ce_branch = metadata.branch;
  return headers;
}

/** Kafka key: the case id, so one case's events stay in order on one partition. */
export function messageKey(event: RecordedEvent, payload: unknown, explicit?: string): string {
  if (explicit) return explicit;
  const caseId = (payload as { caseId?: unknown } | null)?.caseId;
  if (typeof caseId === 'string' && caseId.length > 0) return caseId;
  const dash = event.streamId.indexOf('-');
  return dash < 0 ? event.streamId : event.streamId.slice(dash + 1);
}
