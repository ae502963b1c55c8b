import { requestContext } from '@aftersales/kernel';
import type { ConsumedEvent } from '@aftersales/messaging';
import type { CaseCommands } from '../case/case-commands';
import { derivedUuid } from '../case/derived-id';

/** How a downstream milestone reads on the case's timeline; unknown types show their type name. */
const SUMMARIES: Readonly<Record<string, (p: Record<string, unknown>) => string>> = {
  'dispatch.engineer-assigned.v1': (p) => `engineer ${String(p.engineerId ?? '')} assigned`.trim(),
  'dispatch.engineer-arrived.v1': (p) =>
    p.withinDeadline === false ? 'engineer arrived late' : 'engineer arrived',
  'dispatch.arrival-deadline-missed.v1': () => 'arrival deadline missed',
  'dispatch.visit-completed.v1': (p) =>
    p.firstTimeFix ? 'visit completed, fixed first time' : 'visit completed',
  'dispatch.product-taken-back.v1': (p) =>
    `product taken back, receipt ${String(p.receiptNumber ?? '')}`.trim(),
  'dispatch.repair-completed.v1': () => 'repair completed',
  'dispatch.product-returned-to-customer.v1': () => 'product returned to the customer',
  'dispatch.repair-escalated.v1': () => 'repair escalated to the service director',
};

/**
 * One case view tells the whole story: a downstream event that names a case intake knows is
 * recorded on that case's timeline. New services plug in by adding their topic to
 * DOWNSTREAM_TOPICS (and, optionally, a summary line here). Event ids derive from the consumed
 * event, so a redelivery appends nothing.
 */
export function downstreamTimelineHandler(commands: CaseCommands) {
  return async (event: ConsumedEvent): Promise<void> => {
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    const caseId = payload.caseId;
    if (typeof caseId !== 'string') return;
    const { state } = await commands.load(caseId);
    if (!state.exists) return;
    const summary = SUMMARIES[event.type]?.(payload) ?? event.type;
    await requestContext.with({ causationId: event.id, branch: state.branch }, () =>
      commands.execute(
        {
          type: 'RecordTimelineEntry',
          caseId,
          source: event.source?.replace(/^urn:aftersales:/, '') ?? event.type.split('.')[0],
          sourceEventId: event.id,
          sourceEventType: event.type,
          summary,
          occurredAt: event.time ?? commands.clock.now().toISOString(),
        },
        { eventIds: (i) => derivedUuid(`${event.id}:timeline:${i}`) },
      ),
    );
  };
}
