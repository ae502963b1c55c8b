import type { BranchFilter } from '@aftersales/platform';
import type { DataSource } from 'typeorm';
import { InspectionListRow } from './inspection-list.entity';

export interface InspectionListFilter {
  readonly branches: BranchFilter;
  readonly status?: string;
  readonly model?: string;
  readonly cause?: string;
  /** A responsible party's key in the attribution in force (`supplier:SUP-7`). */
  readonly responsible?: string;
  readonly limit: number;
  readonly cursor?: string;
}

/** The cursor is the opening's log position: stable while new inspections are added. */
export const encodeCursor = (position: string) => Buffer.from(`p:${position}`).toString('base64url');
export function decodeCursor(cursor: string): string | undefined {
  const match = /^p:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1];
}

export const inspectionView = (r: InspectionListRow) => ({
  inspectionId: r.inspectionId,
  branch: r.branch,
  caseId: r.caseId,
  caseNumber: r.caseNumber,
  productModel: r.productModel,
  serialNumber: r.serialNumber,
  origin: { kind: r.originKind, ref: r.originRef },
  status: r.status,
  rootCauses: r.rootCauses,
  // QC-3: the findings an attribution may cite as its basis.
  findings: r.findings,
  attributionInForce: r.attributionId,
  responsible: r.responsible,
  openedAt: r.openedAt.toISOString(),
});

/** The inspection list, oldest first, one page after the cursor (ORG-1: the branches given). */
export async function listInspections(dataSource: DataSource, filter: InspectionListFilter) {
  const q = dataSource.getRepository(InspectionListRow).createQueryBuilder('i');
  if (filter.branches !== 'all-branches')
    q.andWhere('i.branch = ANY(:branches)', { branches: [...filter.branches] });
  if (filter.status) q.andWhere('i.status = :status', { status: filter.status });
  if (filter.model) q.andWhere('i.product_model = :model', { model: filter.model });
  if (filter.cause) q.andWhere(':cause = ANY(i.root_causes)', { cause: filter.cause });
  if (filter.responsible)
    q.andWhere(':responsible = ANY(i.responsible_keys)', { responsible: filter.responsible });
  if (filter.cursor) q.andWhere('i.opened_position > :after', { after: filter.cursor });
  const rows = await q
    .orderBy('i.opened_position', 'ASC')
    .take(filter.limit + 1)
    .getMany();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map(inspectionView),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].openedPosition) : null,
  };
}

/** The inspections of a case (AUD-2: its responsibility history spans them). */
export async function inspectionsOfCase(dataSource: DataSource, caseId: string) {
  return dataSource
    .getRepository(InspectionListRow)
    .find({ where: { caseId }, order: { openedPosition: 'ASC' } });
}

/**
 * QC-7 the month's quality problems by model, cause and responsible party (in the service's time
 * zone); unsalable returns are no quality problem. From the read model alone, so a rebuild from
 * the log gives the same figures (KPI-3).
 */
export async function monthlySummary(
  dataSource: DataSource,
  month: string,
  timeZone: string,
  branches: BranchFilter,
) {
  const params: unknown[] = [month, timeZone];
  let scope = `to_char(opened_at AT TIME ZONE $2, 'YYYY-MM') = $1 AND origin_kind <> 'unsalable-return'`;
  if (branches !== 'all-branches') {
    params.push([...branches]);
    scope += ` AND branch = ANY($3)`;
  }
  const from = `FROM quality_inspection.inspection_list WHERE ${scope}`;
  const [total] = await dataSource.query(`SELECT count(*)::int AS n ${from}`, params);
  const byModel = await dataSource.query(
    `SELECT product_model AS key, count(*)::int AS inspections ${from} GROUP BY 1 ORDER BY 2 DESC, 1`,
    params,
  );
  const byCause = await dataSource.query(
    `SELECT cause AS key, count(*)::int AS inspections
       FROM quality_inspection.inspection_list, unnest(root_causes) AS cause WHERE ${scope}
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    params,
  );
  const byResponsibleParty = await dataSource.query(
    `SELECT s->>'partyKey' AS key, count(*)::int AS inspections, sum((s->>'shareBp')::int)::int AS "weightedBp"
       FROM quality_inspection.inspection_list, jsonb_array_elements(responsible) AS s WHERE ${scope}
      GROUP BY 1 ORDER BY 3 DESC, 1`,
    params,
  );
  return { month, timeZone, inspections: total.n as number, byModel, byCause, byResponsibleParty };
}
