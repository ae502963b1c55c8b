import type { RecordedEvent } from '@aftersales/event-store';
import type { Projection } from '@aftersales/projections';
import { In, type EntityManager } from 'typeorm';
import type { InspectionEvent } from '../inspection/inspection.events';
import { partyKey, type Share } from '../inspection/inspection.vocabulary';
import { InspectionListRow } from './inspection-list.entity';

export const INSPECTION_LIST = 'quality-inspection.inspection-list';

const STATUS_OF: Partial<Record<InspectionEvent['type'], string>> = {
  ResponsibilityAttributed: 'attributed',
  AttributionDisputed: 'disputed',
  AttributionConfirmed: 'attributed',
  InspectionSignedOff: 'signed-off',
  ReturnRefused: 'refused',
};

const tableOf = (shares: readonly Share[]) =>
  shares.map((s) => ({ partyKey: partyKey(s.party), shareBp: s.shareBp }));

/** The inspection list from the inspection streams; a batch in one transaction. Rebuildable. */
export class InspectionListProjection implements Projection {
  readonly name = INSPECTION_LIST;
  readonly version = 1;
  readonly streamPrefixes = ['inspection-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE quality_inspection.inspection_list');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(InspectionListRow);
    const ids = [...new Set(events.map((e) => (e.data as { inspectionId: string }).inspectionId))];
    const rows = new Map((await repo.findBy({ inspectionId: In(ids) })).map((r) => [r.inspectionId, r]));
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as InspectionEvent;
      const position = String(recorded.globalPosition);
      if (e.type === 'InspectionOpened') {
        const d = e.data;
        rows.set(
          d.inspectionId,
          repo.create({
            inspectionId: d.inspectionId,
            openedPosition: position,
            branch: d.branch,
            caseId: d.caseId ?? null,
            caseNumber: d.caseNumber ?? null,
            productModel: d.product.model,
            serialNumber: d.product.serialNumber,
            originKind: d.origin.kind,
            originRef: d.origin.ref,
            status: 'open',
            findings: [],
            rootCauses: [],
            attributionId: null,
            responsible: [],
            responsibleKeys: [],
            openedAt: new Date(d.openedAt),
            lastPosition: position,
          }),
        );
        continue;
      }
      const row = rows.get(e.data.inspectionId);
      if (!row) continue;
      row.lastPosition = position;
      row.status = STATUS_OF[e.type] ?? row.status;
      if (e.type === 'FindingRecorded') {
        const d = e.data;
        row.findings = [
          ...row.findings.map((f) => (f.findingId === d.corrects ? { ...f, correctedBy: d.findingId } : f)),
          { findingId: d.findingId, rootCause: d.rootCause },
        ];
        row.rootCauses = [...new Set(row.findings.filter((f) => !f.correctedBy).map((f) => f.rootCause))];
      }
      if (e.type === 'ResponsibilityAttributed') {
        row.attributionId = e.data.attributionId;
        row.responsible = tableOf(e.data.shares);
        row.responsibleKeys = row.responsible.map((s) => s.partyKey);
      }
      if (e.type === 'UnsalableReturnChecked')
        row.status = e.data.intact ? 'checked-intact' : 'checked-not-intact';
    }
    await repo.save([...rows.values()]);
  }
}
