import { topicOf } from '@aftersales/contracts';
import { deriveEventId } from '@aftersales/messaging';
import { defineService } from '@aftersales/platform';
import { claimsAudit } from './claims.audit';
import type { Timer } from '@aftersales/scheduling';
import { CampaignListProjection } from './campaign/campaign-list/campaign-list.projection';
import { CampaignsController } from './campaign/campaigns.http.controller';
import { ClaimKpiController } from './kpi/claim-kpi.http.controller';
import { ClaimKpiProjection } from './kpi/claim-kpi.projection';
import { ClaimsConfig } from './claims.config';
import { claimsParts, claimsSettings } from './claims.runtime';
import { CampaignList1765200000000 } from './migrations/1765200000000-campaign-list';
import { ClaimsSchema1765000000000 } from './migrations/1765000000000-claims-schema';
import { ClaimRefunds1767100000000 } from './migrations/1767100000000-claim-refunds';
import { SerialHistoryZh1767200000000 } from './migrations/1767200000000-serial-history-zh';
import { ClaimCaseNumber1767300000000 } from './migrations/1767300000000-claim-case-number';
import { ProductRow } from './product/product-registry/product-registry.entity';
import { ProductRegistryProjection } from './product/product-registry/product-registry.projection';
import { SerialHistoryProjection } from './product/serial-history/serial-history.projection';
import { ProductsController } from './product/products.http.controller';
import { claimsPublicEvents } from './public-events/claims-public-events';
import { claimsReactions } from './reactions/claims-reactions';
import { SupplierClaimRow } from './supplier-claim/claim-list/claim-list.entity';
import { ClaimListProjection } from './supplier-claim/claim-list/claim-list.projection';
import { SupplierClaimsController } from './supplier-claim/supplier-claims.http.controller';
import {
  ClaimsTimersProjection,
  CONTRACT_EXPIRY_NOTICE,
  SUPPLIER_DISPUTE_REVIEW,
  SUPPLIER_RESPONSE_WINDOW,
} from './timers/claims-timers.projection';
import { WarrantyController } from './warranty/warranty.http.controller';

/** A timer's events append at most once: their ids derive from the timer's id. */
const once = (timer: Timer, name: string) => ({
  eventIds: (i: number) => deriveEventId(timer.id, `${name}#${i}`),
});

/**
 * Claims: the product registry by serial, warranty assessment and service class, maintenance
 * contracts and supplier claim notices (CLM-1 … CLM-4, CLM-7; FIN-4 and FIN-6 as output).
 */
export const claimsService = defineService({
  name: 'claims',
  config: ClaimsConfig,
  streams: { published: ['product', 'warranty', 'claim'], internal: ['campaign'] },
  settings: claimsSettings,
  readModels: {
    entities: [ProductRow, SupplierClaimRow],
    migrations: [
      ClaimsSchema1765000000000,
      CampaignList1765200000000,
      ClaimRefunds1767100000000,
      SerialHistoryZh1767200000000,
      ClaimCaseNumber1767300000000,
    ],
    projections: () => [
      new ProductRegistryProjection(),
      new ClaimListProjection(),
      new SerialHistoryProjection(),
      new ClaimKpiProjection(),
      new CampaignListProjection(),
    ],
  },
  parts: claimsParts,
  followers: ({ timers, settings }) => [new ClaimsTimersProjection(timers, settings)],
  // On /metrics as deadline misses when they record events: a supplier's response window passed
  // unanswered (CLM-4), a supplier's dispute QC did not decide in time (QC-4).
  deadlines: [SUPPLIER_RESPONSE_WINDOW, SUPPLIER_DISPUTE_REVIEW],
  timers: {
    [CONTRACT_EXPIRY_NOTICE]:
      ({ parts }) =>
      (timer) => {
        const { serial, contractId } = timer.payload as { serial: string; contractId: string };
        return parts.products.execute(
          { type: 'NotifyContractExpiry', serial, contractId },
          once(timer, 'notice'),
        );
      },
    [SUPPLIER_RESPONSE_WINDOW]:
      ({ parts }) =>
      (timer) =>
        parts.claims.execute(
          { type: 'ConfirmOnWindowPassed', claimId: (timer.payload as { claimId: string }).claimId },
          once(timer, 'window'),
        ),
    [SUPPLIER_DISPUTE_REVIEW]:
      ({ parts }) =>
      (timer) => {
        const { claimId, attributionId } = timer.payload as { claimId: string; attributionId: string };
        return parts.claims.execute(
          { type: 'ReferDispute', claimId, by: 'review-overdue', attributionId },
          once(timer, 'referral'),
        );
      },
  },
  publicEvents: {
    topic: (config) => config.CLAIMS_EVENTS_TOPIC ?? topicOf('claims'),
    mapper: claimsPublicEvents,
  },
  reactions: [
    {
      // Registrations feed the registry; acceptances are assessed and classified (CLM-1, CLM-3).
      name: 'intake',
      topics: (config) => [config.INTAKE_EVENTS_TOPIC ?? topicOf('intake')],
      groupId: (config) => `${config.CLAIMS_CONSUMER_GROUP}.intake`,
      handler: ({ parts, settings }) => claimsReactions(parts, settings).intake,
    },
    {
      name: 'dispatch',
      topics: (config) => [config.DISPATCH_EVENTS_TOPIC ?? topicOf('dispatch')],
      groupId: (config) => `${config.CLAIMS_CONSUMER_GROUP}.dispatch`,
      handler: ({ parts, settings }) => claimsReactions(parts, settings).dispatch,
    },
    {
      // Attributions re-assess human damage and issue, amend or withdraw supplier claims (CLM-4).
      name: 'quality-inspection',
      topics: (config) => [config.QUALITY_INSPECTION_EVENTS_TOPIC ?? topicOf('quality-inspection')],
      groupId: (config) => `${config.CLAIMS_CONSUMER_GROUP}.quality-inspection`,
      handler: ({ parts, settings }) => claimsReactions(parts, settings).quality,
    },
    {
      // Approved costs keep each claim's amount up to date (FIN-1, FIN-4).
      name: 'finance',
      topics: (config) => [config.FINANCE_EVENTS_TOPIC ?? topicOf('finance')],
      groupId: (config) => `${config.CLAIMS_CONSUMER_GROUP}.finance`,
      handler: ({ parts, settings }) => claimsReactions(parts, settings).finance,
    },
    {
      // Exchanges link serials (CLM-7).
      name: 'warehouse-returns',
      topics: (config) => [config.WAREHOUSE_RETURNS_EVENTS_TOPIC ?? topicOf('warehouse-returns')],
      groupId: (config) => `${config.CLAIMS_CONSUMER_GROUP}.warehouse-returns`,
      handler: ({ parts, settings }) => claimsReactions(parts, settings).warehouse,
    },
  ],
  audit: claimsAudit,
  http: {
    controllers: [
      ProductsController,
      SupplierClaimsController,
      WarrantyController,
      CampaignsController,
      ClaimKpiController,
    ],
    providers: [],
  },
});
