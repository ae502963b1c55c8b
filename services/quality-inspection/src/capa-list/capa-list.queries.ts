import type { BranchFilter } from '@aftersales/platform';
import type { DataSource } from 'typeorm';
import { CapaListRow } from './capa-list.entity';

/**
 * QC-5 the CAPAs that are open or overdue (or those of the status asked), soonest due first; an
 * inspection's, whatever their status unless one is asked.
 */
export async function listCapas(
  dataSource: DataSource,
  filter: {
    branches: BranchFilter;
    status?: 'open' | 'overdue' | 'closed';
    inspectionId?: string;
    ownerDepartment?: string;
    limit: number;
  },
) {
  const q = dataSource.getRepository(CapaListRow).createQueryBuilder('c');
  if (filter.branches !== 'all-branches')
    q.andWhere('c.branch = ANY(:branches)', { branches: [...filter.branches] });
  if (filter.inspectionId) q.andWhere('c.inspection_id = :i', { i: filter.inspectionId });
  if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
  else if (!filter.inspectionId) q.andWhere(`c.status IN ('open', 'overdue')`);
  if (filter.ownerDepartment) q.andWhere('c.owner_department = :d', { d: filter.ownerDepartment });
  const rows = await q.orderBy('c.due_at', 'ASC').addOrderBy('c.capa_id').take(filter.limit).getMany();
  return {
    items: rows.map((r) => ({
      ...r,
      dueAt: r.dueAt.toISOString(),
      raisedAt: r.raisedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
    })),
  };
}
