import type { RecordedEvent } from '@aftersales/event-store';
import { upsertRows, type Projection } from '@aftersales/projections';
import { In, type EntityManager } from 'typeorm';
import type { CaseEvent } from '../case.events';
import { costsOf, SURVEY_QUESTIONS } from '../case.vocabulary';
import { ComplaintRegisterRow } from './complaint-register.entity';
import type { RecurrenceEvent } from '../../recurrence/recurrence.decider';

export interface BranchZones {
  /** IANA time zone of a branch (months and years are the branch's own). */
  zoneOf(branch: string): string;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

export function monthInZone(at: Date, timeZone: string): string {
  let format = monthFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}`;
}

/** The register's projection, as queries that read it name it (read-your-writes). */
export const COMPLAINT_REGISTER = 'intake.complaint-register';

/** Keeps the complaint register current from the case streams; a batch is applied in one transaction. */
export class ComplaintRegisterProjection implements Projection {
  readonly name = COMPLAINT_REGISTER;
  readonly version = 1;
  readonly streamPrefixes = ['case-', 'recurrence-'];

  constructor(private readonly zones: BranchZones) {}

  async reset(em: EntityManager): Promise<void> {
    await em.query('TRUNCATE intake.complaint_register');
  }

  async apply(events: readonly RecordedEvent[], em: EntityManager): Promise<void> {
    const repo = em.getRepository(ComplaintRegisterRow);
    // One read for every case the batch touches that it does not itself register.
    const touched = new Set<string>();
    const registeredHere = new Set<string>();
    for (const e of events) {
      if (e.type === 'CaseRegistered') registeredHere.add((e.data as { caseId: string }).caseId);
      else if (e.type === 'RecurringProblemDetected')
        (e.data as { caseIds: string[] }).caseIds.forEach((id) => touched.add(id));
      else touched.add((e.data as { caseId: string }).caseId);
    }
    const toLoad = [...touched].filter((id) => !registeredHere.has(id));
    const rows = new Map<string, ComplaintRegisterRow>(
      toLoad.length > 0 ? (await repo.findBy({ caseId: In(toLoad) })).map((r) => [r.caseId, r]) : [],
    );
    const load = async (caseId: string) => rows.get(caseId);
    for (const recorded of events) {
      const event = recorded as unknown as RecordedEvent<CaseEvent>;
      if (recorded.type === 'RecurringProblemDetected') {
        const { caseIds } = recorded.data as RecurrenceEvent['data'] & { caseIds: string[] };
        for (const caseId of caseIds) {
          const row = await load(caseId);
          if (row) row.recurringAlert = true;
        }
        continue;
      }
      const e = { type: event.type, data: event.data } as CaseEvent;
      if (e.type === 'CaseRegistered') {
        const d = e.data;
        // A plain row: upsertRows reads the entity's columns by property name, and TypeORM's
        // create() costs more than the rest of the row's projection.
        const row: ComplaintRegisterRow = {
          caseId: d.caseId,
          caseNumber: d.caseNumber,
          branch: d.branch,
          channel: d.channel,
          kind: d.kind,
          severity: d.severity,
          status: 'registered',
          priority: d.priority,
          vip: d.customer.vip === true,
          customerId: d.customer.customerId,
          productModel: d.product.model,
          serialNumber: d.product.serialNumber,
          symptomCode: d.problem.symptomCode ?? null,
          remedy: null,
          costsRecoveredFrom: costsOf(d.kind).costsRecoveredFrom ?? null,
          month: monthInZone(new Date(d.registeredAt), this.zones.zoneOf(d.branch)),
          registeredAt: new Date(d.registeredAt),
          responseDueAt: new Date(d.responseDueAt),
          respondedAt: null,
          respondedInTime: null,
          responseMissed: false,
          resolutionDueAt: new Date(d.resolutionDueAt),
          resolvedAt: null,
          resolutionMissed: false,
          closedAt: null,
          followUpOwner: null,
          surveyTotal: null,
          complaintAboutService: false,
          recurringAlert: false,
          lastPosition: String(recorded.globalPosition),
        };
        rows.set(d.caseId, row);
        continue;
      }
      const row = await load((e.data as { caseId: string }).caseId);
      if (!row) continue;
      row.lastPosition = String(recorded.globalPosition);
      switch (e.type) {
        case 'CaseClassified':
          row.kind = e.data.to.kind;
          row.severity = e.data.to.severity;
          row.responseDueAt = new Date(e.data.responseDueAt);
          row.resolutionDueAt = new Date(e.data.resolutionDueAt);
          if (e.data.to.severity === 'major') row.priority = 'high';
          if (row.status !== 'rejected')
            row.costsRecoveredFrom = costsOf(e.data.to.kind).costsRecoveredFrom ?? null;
          break;
        case 'CaseAccepted':
          row.status = 'accepted';
          row.remedy = e.data.remedy ?? null;
          row.costsRecoveredFrom = costsOf(e.data.kind).costsRecoveredFrom ?? null;
          break;
        case 'CaseRejected':
          row.status = 'rejected';
          row.remedy = null;
          row.costsRecoveredFrom = null;
          break;
        case 'CaseResponded':
          if (e.data.first) {
            row.respondedAt = new Date(e.data.respondedAt);
            row.respondedInTime = e.data.withinDeadline;
          }
          break;
        case 'ResponseDeadlineMissed':
          row.responseMissed = true;
          break;
        case 'ResolutionDeadlineMissed':
          row.resolutionMissed = true;
          break;
        case 'FollowUpOwnerAssigned':
          row.followUpOwner = e.data.ownerId;
          break;
        case 'CaseResolved':
          row.status = 'resolved';
          row.resolvedAt = new Date(e.data.resolvedAt);
          break;
        case 'CaseClosed':
          row.status = 'closed';
          row.closedAt = new Date(e.data.closedAt);
          break;
        case 'DeadlineClockResumed':
          // INT-11: the register shows the due instants as moved by the pause.
          if (e.data.responseDueAt) row.responseDueAt = new Date(e.data.responseDueAt);
          if (e.data.resolutionDueAt) row.resolutionDueAt = new Date(e.data.resolutionDueAt);
          break;
        case 'SurveyAnswered':
          row.surveyTotal = SURVEY_QUESTIONS.reduce((sum, q) => sum + e.data.scores[q], 0);
          row.complaintAboutService = e.data.complaintAboutService;
          break;
        default:
          break;
      }
    }
    await upsertRows(em, ComplaintRegisterRow, [...rows.values()]);
  }
}
