import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import type { InspectionEvent } from '../inspection/inspection.events';
import { CapaListRow } from './capa-list.entity';

export const CAPA_LIST = 'quality-inspection.capa-list';

/** QC-5: the CAPAs raised at sign-off, open, overdue or closed. Rebuildable from the log. */
export class CapaListProjection implements Projection {
  readonly name = CAPA_LIST;
  readonly version = 1;
  readonly streamPrefixes = ['inspection-'];
  readonly eventTypes = ['CapaRaised', 'CapaOverdue', 'CapaClosed'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE quality_inspection.capa_list');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(CapaListRow);
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as InspectionEvent;
      if (e.type === 'CapaRaised') {
        const d = e.data;
        await repo.upsert(
          {
            capaId: d.capaId,
            inspectionId: d.inspectionId,
            branch: d.branch,
            caseId: d.caseId ?? null,
            ownerDepartment: d.ownerDepartment,
            owner: d.owner ?? null,
            action: d.action,
            dueAt: new Date(d.dueAt),
            status: 'open',
            raisedAt: new Date(d.raisedAt),
            closedAt: null,
          },
          ['capaId'],
        );
      } else if (e.type === 'CapaOverdue') {
        await repo.update({ capaId: e.data.capaId, status: 'open' }, { status: 'overdue' });
      } else if (e.type === 'CapaClosed') {
        await repo.update(
          { capaId: e.data.capaId },
          { status: 'closed', closedAt: new Date(e.data.closedAt) },
        );
      }
    }
  }
}
