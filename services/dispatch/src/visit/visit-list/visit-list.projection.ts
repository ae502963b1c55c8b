import type { RecordedEvent } from '@aftersales/event-store';
import { upsertRows, type Projection } from '@aftersales/projections';
import { In, type EntityManager } from 'typeorm';
import type { EngineerEvent } from '../../engineer/engineer.events';
import { evolveVisit, type VisitState } from '../visit.state';
import type { VisitEvent } from '../visit.events';
import { VisitListRow } from './visit-list.entity';

/** The projection of the visit list, roster and report events, as queries that read it name it. */
export const VISIT_LIST = 'dispatch.visit-list';

/**
 * Keeps the visit list, the engineer roster and the daily report's events current from the
 * visit and engineer streams; a batch is applied in one transaction. Rebuildable from the log.
 */
export class VisitListProjection implements Projection {
  readonly name = VISIT_LIST;
  readonly version = 1;
  readonly streamPrefixes = ['visit-', 'engineer-'];

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE dispatch.visit_list, dispatch.engineer_roster, dispatch.report_event');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    await this.applyEngineers(
      events.filter((e) => e.streamId.startsWith('engineer-')),
      em,
    );
    const visits = events.filter((e) => e.streamId.startsWith('visit-'));
    if (visits.length === 0) return;
    const repo = em.getRepository(VisitListRow);
    const ids = [...new Set(visits.map((e) => (e.data as { visitId: string }).visitId))];
    const rows = new Map((await repo.findBy({ visitId: In(ids) })).map((r) => [r.visitId, r]));
    const reportRows: unknown[][] = [];
    for (const recorded of visits) {
      const e = { type: recorded.type, data: recorded.data } as VisitEvent;
      const branch = (e.data as { branch?: string }).branch ?? recorded.metadata.branch;
      if (branch) {
        reportRows.push([
          recorded.globalPosition,
          branch,
          recorded.metadata.recordedAt,
          recorded.type,
          JSON.stringify(recorded.data),
        ]);
      }
      if (e.type === 'VisitOpened') {
        const d = e.data;
        rows.set(
          d.visitId,
          repo.create({
            visitId: d.visitId,
            caseId: d.caseId,
            caseNumber: d.caseNumber,
            branch: d.branch,
            status: 'unassigned',
            urgency: d.urgency,
            zone: d.customer.zone,
            productModel: d.product.model,
            productLine: d.product.productLine,
            engineerId: null,
            arrivalDueAt: d.arrival.status === 'due' ? new Date(d.arrival.dueAt) : null,
            arrivedAt: null,
            arrivalMissed: false,
            flaggedForMorning: false,
            receiptNo: null,
            promisedBy: null,
            escalated: false,
            openedAt: new Date(d.openedAt),
            lastPosition: String(recorded.globalPosition),
          }),
        );
        continue;
      }
      const row = rows.get((e.data as { visitId: string }).visitId);
      if (!row) continue;
      row.lastPosition = String(recorded.globalPosition);
      // The status follows the aggregate's own evolve, so list and decider never disagree.
      const status = statusAfter(row.status, e);
      row.status = status;
      switch (e.type) {
        case 'AppointmentConfirmed':
          row.arrivalDueAt = e.data.arrival.status === 'due' ? new Date(e.data.arrival.dueAt) : null;
          break;
        case 'EngineerAssigned':
        case 'EngineerReassigned':
          row.engineerId = e.data.engineerId;
          row.flaggedForMorning = false;
          break;
        case 'RequestFlaggedForMorningDispatch':
          row.flaggedForMorning = true;
          break;
        case 'EngineerArrived':
          row.arrivedAt = new Date(e.data.arrivedAt);
          break;
        case 'ArrivalDeadlineMissed':
          row.arrivalMissed = true;
          break;
        case 'ProductTakenBack':
          row.receiptNo = e.data.receiptNo;
          break;
        case 'RepairPromised':
          row.promisedBy = new Date(e.data.promisedBy);
          break;
        case 'RepairEscalated':
          row.escalated = true;
          break;
        default:
          break;
      }
    }
    await upsertRows(em, VisitListRow, [...rows.values()]);
    for (let i = 0; i < reportRows.length; i += 500) {
      const chunk = reportRows.slice(i, i + 500);
      await em.query(
        `INSERT INTO dispatch.report_event (position, branch, recorded_at, type, data)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::text[], $5::jsonb[])
         ON CONFLICT (position) DO NOTHING`,
        [0, 1, 2, 3, 4].map((k) => chunk.map((r) => r[k])),
      );
    }
  }

  private async applyEngineers(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const e = { type: recorded.type, data: recorded.data } as EngineerEvent;
      const position = recorded.globalPosition;
      switch (e.type) {
        case 'EngineerRegistered':
          await em.query(
            `INSERT INTO dispatch.engineer_roster (engineer_id, branch, home, skills, base_zone, active, last_position)
             VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT (engineer_id) DO NOTHING`,
            [
              e.data.engineerId,
              e.data.branch,
              e.data.home,
              JSON.stringify(e.data.skills),
              e.data.baseZone,
              position,
            ],
          );
          break;
        case 'EngineerSkillsChanged':
          await em.query(
            `UPDATE dispatch.engineer_roster SET skills = $2, last_position = $3 WHERE engineer_id = $1`,
            [e.data.engineerId, JSON.stringify(e.data.to), position],
          );
          break;
        case 'EngineerDeactivated':
          await em.query(
            `UPDATE dispatch.engineer_roster SET active = false, last_position = $2 WHERE engineer_id = $1`,
            [e.data.engineerId, position],
          );
          break;
        default:
          break;
      }
    }
  }
}

function statusAfter(status: string, event: VisitEvent): string {
  // A minimal state with the row's status is enough: evolve reads only the status (and the
  // arrival deadline, which the list keeps in columns of its own) to move it on.
  const state = {
    exists: true,
    status,
    arrival: { status: 'none' },
    parts: [],
    usageIds: [],
    repairParts: [],
    costIds: [],
    labourMinutes: 0,
    repairMinutes: 0,
  } as unknown as VisitState;
  const next = evolveVisit(state, event);
  return next.exists ? next.status : status;
}
