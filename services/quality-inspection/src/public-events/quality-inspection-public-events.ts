import type { QualityInspectionPublicEvents } from '@aftersales/contracts';
import type { RecordedEvent } from '@aftersales/event-store';
import type { PublicEvent, PublicEventMapper } from '@aftersales/messaging';
import type { InspectionEvent } from '../inspection/inspection.events';
import { partyKey, type Share } from '../inspection/inspection.vocabulary';

type PublicOf = {
  [T in keyof QualityInspectionPublicEvents]: { type: T; payload: QualityInspectionPublicEvents[T] };
}[keyof QualityInspectionPublicEvents];

/** QC-3: the full share table, each party with its key, so finance and claims need no call back. */
export const publicShares = (shares: readonly Share[]) =>
  shares.map(({ party, shareBp }) => ({ party: { ...party }, partyKey: partyKey(party), shareBp }));

/** Internal inspection event → versioned public contract (every decision is public, AUD-1). */
export function toPublic(event: InspectionEvent): PublicOf {
  switch (event.type) {
    case 'InspectionOpened':
      return { type: 'quality-inspection.inspection-opened.v1', payload: event.data };
    case 'FindingRecorded':
      return { type: 'quality-inspection.finding-recorded.v1', payload: event.data };
    case 'ResponsibilityAttributed':
      return {
        type: 'quality-inspection.responsibility-attributed.v1',
        payload: { ...event.data, shares: publicShares(event.data.shares) },
      };
    case 'AttributionDisputed':
      return { type: 'quality-inspection.attribution-disputed.v1', payload: event.data };
    case 'AttributionConfirmed':
      return {
        type: 'quality-inspection.attribution-confirmed.v1',
        payload: { ...event.data, shares: publicShares(event.data.shares) },
      };
    case 'AttributionSuperseded':
      return {
        type: 'quality-inspection.attribution-superseded.v1',
        payload: {
          ...event.data,
          previousShares: publicShares(event.data.previousShares),
          shares: publicShares(event.data.shares),
        },
      };
    case 'InspectionSignedOff':
      return {
        type: 'quality-inspection.inspection-signed-off.v1',
        payload: { ...event.data, shares: publicShares(event.data.shares) },
      };
    case 'ReturnRefused':
      return { type: 'quality-inspection.return-refused.v1', payload: event.data };
    case 'CapaRaised':
      return { type: 'quality-inspection.capa-raised.v1', payload: event.data };
    case 'CapaOverdue':
      return { type: 'quality-inspection.capa-overdue.v1', payload: event.data };
    case 'CapaClosed':
      return { type: 'quality-inspection.capa-closed.v1', payload: event.data };
    case 'UnsalableReturnChecked':
      return { type: 'quality-inspection.unsalable-return-checked.v1', payload: event.data };
  }
}

/** The relay's mapper: inspection streams only. */
export const qualityInspectionPublicEvents: PublicEventMapper = (
  recorded: RecordedEvent,
): PublicEvent | undefined =>
  recorded.streamId.startsWith('inspection-')
    ? toPublic({ type: recorded.type, data: recorded.data } as InspectionEvent)
    : undefined;
