import { topicOf } from '@aftersales/contracts';
import { deriveEventId } from '@aftersales/messaging';
import { defineService } from '@aftersales/platform';
import { qualityInspectionAudit } from './inspection/inspection.audit';
import { CapaListRow } from './capa-list/capa-list.entity';
import { CapaListProjection } from './capa-list/capa-list.projection';
import { AttributeResponsibilityController } from './inspection/attribute-responsibility/attribute-responsibility.http.controller';
import {
  CAPA_DUE,
  CapaTimersFollower,
  type CapaTimerPayload,
} from './inspection/capa-due/capa-timers.follower';
import { CheckUnsalableReturnController } from './inspection/check-unsalable-return/check-unsalable-return.http.controller';
import { CloseCapaController } from './inspection/close-capa/close-capa.http.controller';
import { DisputeAttributionController } from './inspection/dispute-attribution/dispute-attribution.http.controller';
import { INSPECTION_CATEGORY } from './inspection/inspection.decider';
import { ChangeInspectionHandler } from './inspection/inspection.handler';
import { OpenInspectionController } from './inspection/open-inspection/open-inspection.http.controller';
import { RecordFindingController } from './inspection/record-finding/record-finding.http.controller';
import { RefuseReturnController } from './inspection/refuse-return/refuse-return.http.controller';
import { ReviewDisputeController } from './inspection/review-dispute/review-dispute.http.controller';
import { SignOffController } from './inspection/sign-off/sign-off.http.controller';
import { InspectionListRow } from './inspection-list/inspection-list.entity';
import { InspectionListController } from './inspection-list/inspection-list.http.controller';
import { InspectionListProjection } from './inspection-list/inspection-list.projection';
import { QualityInspectionSchema1765000000000 } from './migrations/1765000000000-quality-inspection-schema';
import { qualityInspectionPublicEvents } from './public-events/quality-inspection-public-events';
import { QualityInspectionConfig } from './quality-inspection.config';
import { qualityInspectionParts, qualityInspectionSettings } from './quality-inspection.runtime';
import { inspectionOpenings } from './reactions/inspection-openings';
import { supplierDisputes } from './reactions/supplier-disputes';
import { ResponsibilityHistoryController } from './responsibility-history/responsibility-history.http.controller';

/** Quality inspection: findings, root cause, responsibility attribution, disputes, sign-off, CAPA (QC-1..7). */
export const qualityInspectionService = defineService({
  name: 'quality-inspection',
  config: QualityInspectionConfig,
  streams: { published: [INSPECTION_CATEGORY] },
  settings: qualityInspectionSettings,
  readModels: {
    entities: [InspectionListRow, CapaListRow],
    migrations: [QualityInspectionSchema1765000000000],
    projections: () => [new InspectionListProjection(), new CapaListProjection()],
  },
  parts: qualityInspectionParts,
  // QC-5: a CAPA's due date is a durable timer.
  followers: ({ timers }) => [new CapaTimersFollower(timers)],
  // On /metrics as deadline misses when they record events: a CAPA's due date passed open (QC-5).
  deadlines: [CAPA_DUE],
  timers: {
    [CAPA_DUE]:
      ({ parts }) =>
      (timer) => {
        const { inspectionId, capaId } = timer.payload as CapaTimerPayload;
        return parts.inspections.execute(
          { type: 'CheckCapaDue', inspectionId, capaId },
          { eventIds: (i) => deriveEventId(timer.id, `CheckCapaDue#${i}`) },
        );
      },
  },
  publicEvents: {
    topic: (config) => config.QUALITY_INSPECTION_EVENTS_TOPIC ?? topicOf('quality-inspection'),
    mapper: qualityInspectionPublicEvents,
  },
  reactions: [
    {
      // QC-1: products taken back (dispatch) and founded complaints flagged for root cause (intake).
      name: 'inspection-openings',
      topics: (config) => [
        config.DISPATCH_EVENTS_TOPIC ?? topicOf('dispatch'),
        config.INTAKE_EVENTS_TOPIC ?? topicOf('intake'),
      ],
      groupId: (config) => config.QUALITY_INSPECTION_CONSUMER_GROUP,
      handler: ({ parts }) => inspectionOpenings(parts),
    },
    {
      // QC-4/CLM-4: a supplier's dispute recorded on its claim opens the dispute of the attribution.
      name: 'supplier-disputes',
      topics: (config) => [config.CLAIMS_EVENTS_TOPIC ?? topicOf('claims')],
      groupId: (config) => `${config.QUALITY_INSPECTION_CONSUMER_GROUP}.claims`,
      handler: ({ parts }) => supplierDisputes(parts),
    },
  ],
  audit: qualityInspectionAudit,
  http: {
    controllers: [
      OpenInspectionController,
      RecordFindingController,
      AttributeResponsibilityController,
      DisputeAttributionController,
      ReviewDisputeController,
      SignOffController,
      RefuseReturnController,
      CloseCapaController,
      CheckUnsalableReturnController,
      InspectionListController,
      ResponsibilityHistoryController,
    ],
    providers: [ChangeInspectionHandler],
  },
});
