import { encodeKeysetCursor, type KeysetPosition } from '@aftersales/projections';
import type { EntityManager } from 'typeorm';
import { ComplaintRegisterRow } from './complaint-register.entity';

export interface RegisterFilter {
  /** The branches the caller may see (ORG-1); always applied. */
  readonly branches: readonly string[] | 'all';
  readonly caseNumber?: string;
  readonly kind?: string;
  readonly severity?: string;
  readonly status?: string;
  /** Only cases past a response or resolution deadline without meeting it. */
  readonly overdue?: boolean;
  readonly registeredFrom?: Date;
  readonly registeredTo?: Date;
  readonly limit: number;
  readonly offset: number;
  /** Keyset paging: after this row (offset is then not used). */
  readonly after?: KeysetPosition;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** The cursor of the next page (`after`), null on the last. */
  readonly next: string | null;
}

export async function listComplaintRegister(
  em: EntityManager,
  filter: RegisterFilter,
  now: Date,
): Promise<Page<ComplaintRegisterRow>> {
  const qb = em.getRepository(ComplaintRegisterRow).createQueryBuilder('r');
  if (filter.branches !== 'all')
    qb.andWhere('r.branch IN (:...branches)', { branches: [...filter.branches, ''] });
  if (filter.caseNumber) qb.andWhere('r.caseNumber = :caseNumber', { caseNumber: filter.caseNumber });
  if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
  if (filter.severity) qb.andWhere('r.severity = :severity', { severity: filter.severity });
  if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
  if (filter.registeredFrom) qb.andWhere('r.registeredAt >= :from', { from: filter.registeredFrom });
  if (filter.registeredTo) qb.andWhere('r.registeredAt < :to', { to: filter.registeredTo });
  if (filter.overdue) {
    qb.andWhere(
      `r.status NOT IN ('closed', 'rejected') AND (
        r.responseMissed OR (r.respondedAt IS NULL AND r.responseDueAt < :now) OR
        r.resolutionMissed OR (r.resolvedAt IS NULL AND r.resolutionDueAt < :now))`,
      { now },
    );
  }
  const total = await qb.getCount();
  if (filter.after)
    qb.andWhere('(r.registeredAt, r.caseId) < (:afterAt, :afterId)', {
      afterAt: filter.after.at,
      afterId: filter.after.id,
    });
  const items = await qb
    .orderBy('r.registeredAt', 'DESC')
    .addOrderBy('r.caseId', 'DESC')
    .take(filter.limit)
    .skip(filter.after ? 0 : filter.offset)
    .getMany();
  const last = items.at(-1);
  const next =
    items.length === filter.limit && last
      ? encodeKeysetCursor({ at: last.registeredAt, id: last.caseId })
      : null;
  return { items, total, limit: filter.limit, offset: filter.after ? 0 : filter.offset, next };
}

export interface MonthlySummary {
  readonly branch: string;
  readonly month: string;
  readonly total: number;
  readonly byKind: Record<string, number>;
  readonly bySeverity: Record<string, number>;
  readonly byModel: Record<string, number>;
  readonly byStatus: Record<string, number>;
  /** KPI-1 response-deadline compliance: answered in time ÷ cases with a due response, or null. */
  readonly responseCompliance: number | null;
  /** KPI-1 satisfaction: mean survey total ÷ maximum, or null without answers. */
  readonly satisfaction: number | null;
  readonly surveysAnswered: number;
  readonly recurringCases: number;
  /**
   * KPI-2 by responsible party, as far as intake knows it: cases whose costs are recovered from the
   * customer (INT-7); the others' party comes from the responsibility attribution (QC-3).
   */
  readonly costsRecoveredFromCustomer: number;
}

/** KPI-2 the monthly complaint summary of a branch, from the register. */
export async function monthlySummary(
  em: EntityManager,
  branch: string,
  month: string,
  maxSurveyTotal: number,
): Promise<MonthlySummary> {
  const groups = async (column: string) => {
    const rows: Array<{ key: string; n: string }> = await em.query(
      `SELECT ${column} AS key, count(*) AS n FROM intake.complaint_register
       WHERE branch = $1 AND month = $2 GROUP BY ${column} ORDER BY ${column}`,
      [branch, month],
    );
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  };
  const [totals] = await em.query(
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE responded_in_time) AS in_time,
            count(*) FILTER (WHERE responded_at IS NOT NULL OR response_missed) AS due,
            avg(survey_total) AS survey_avg,
            count(survey_total) AS surveys,
            count(*) FILTER (WHERE recurring_alert) AS recurring,
            count(*) FILTER (WHERE costs_recovered_from = 'customer') AS from_customer
       FROM intake.complaint_register WHERE branch = $1 AND month = $2`,
    [branch, month],
  );
  return {
    branch,
    month,
    total: Number(totals.total),
    byKind: await groups('kind'),
    bySeverity: await groups('severity'),
    byModel: await groups('product_model'),
    byStatus: await groups('status'),
    responseCompliance: Number(totals.due) > 0 ? Number(totals.in_time) / Number(totals.due) : null,
    satisfaction: totals.survey_avg === null ? null : Number(totals.survey_avg) / maxSurveyTotal,
    surveysAnswered: Number(totals.surveys),
    recurringCases: Number(totals.recurring),
    costsRecoveredFromCustomer: Number(totals.from_customer),
  };
}
