import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { CampaignEvent } from '../campaign.decider';

export const CAMPAIGN_LIST = 'claims.campaign-list';

/** CLM-6: every campaign with its state, units and linked cases, from the campaign streams. */
export class CampaignListProjection implements Projection {
  readonly name = CAMPAIGN_LIST;
  readonly version = 1;
  readonly streamPrefixes = ['campaign-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE claims.campaign');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as CampaignEvent;
      switch (e.type) {
        case 'CampaignProposed':
          await em.query(
            `INSERT INTO claims.campaign
               (campaign_id, branch, kind, title, model, status, proposed_by, proposed_at, serial_count)
             VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7, $8)
             ON CONFLICT (campaign_id) DO NOTHING`,
            [
              e.data.campaignId,
              e.data.branch,
              e.data.kind,
              e.data.title,
              e.data.model,
              e.data.proposedBy,
              e.data.proposedAt,
              e.data.serials.length,
            ],
          );
          break;
        case 'CampaignApproved':
          await em.query(
            `UPDATE claims.campaign SET status = 'open', approved_by = $2, approved_at = $3
              WHERE campaign_id = $1`,
            [e.data.campaignId, e.data.approvedBy, e.data.approvedAt],
          );
          break;
        case 'CampaignCaseLinked':
          await em.query(
            `UPDATE claims.campaign SET cases = array_append(cases, $2)
              WHERE campaign_id = $1 AND NOT ($2 = ANY (cases))`,
            [e.data.campaignId, e.data.caseId],
          );
          break;
        case 'CampaignSerialsAdded':
          await em.query(
            `UPDATE claims.campaign SET serial_count = serial_count + $2 WHERE campaign_id = $1`,
            [e.data.campaignId, e.data.serials.length],
          );
          break;
      }
    }
  }
}
