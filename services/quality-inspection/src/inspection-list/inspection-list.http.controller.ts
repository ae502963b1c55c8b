import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  BranchFrom,
  CurrentAccess,
  ReadModel,
  Roles,
  ValidationFailed,
  type Access,
} from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import { CAPA_LIST as CAPA_PAGE, INSPECTION_PAGE, MONTHLY_SUMMARY } from '../inspection/inspection.responses';
import { QualityInspectionRuntime } from '../quality-inspection.runtime';
import { CAPA_LIST } from '../capa-list/capa-list.projection';
import { listCapas } from '../capa-list/capa-list.queries';
import { ListCapasQuery, ListInspectionsQuery, MonthlySummaryQuery } from './inspection-list.dto';
import { INSPECTION_LIST } from './inspection-list.projection';
import { decodeCursor, listInspections, monthlySummary } from './inspection-list.queries';

export const READERS = [
  'qc-inspector',
  'qc-reviewer',
  'department-head',
  'claims-officer',
  'finance-officer',
  'operations-head',
  'executive',
  'branch-manager',
  'after-sales-head',
] as const;

/** The inspection list, the CAPA list and the monthly quality summary (read models). */
@Controller()
export class InspectionListController {
  constructor(@Inject(QualityInspectionRuntime) private readonly runtime: QualityInspectionRuntime) {}

  /** Cursor-paged; ORG-1: the caller's branches (head-office roles: all, or those asked for). */
  @Get('inspections')
  @ApiOkResponse({ description: 'a page of inspections', schema: INSPECTION_PAGE })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(INSPECTION_LIST)
  list(@Query() query: ListInspectionsQuery, @CurrentAccess() access: Access) {
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && cursor === undefined)
      throw new ValidationFailed([{ field: 'cursor', reason: 'not a cursor this list gave out' }]);
    return listInspections(this.runtime.dataSource, {
      branches: access.branchFilter(query.branch),
      status: query.status,
      model: query.model,
      cause: query.cause,
      responsible: query.responsible,
      limit: query.limit ?? 50,
      cursor,
    });
  }

  /** QC-5: open and overdue CAPAs (an inspection's: all), soonest due first. */
  @Get('capas')
  @ApiOkResponse({ description: 'the CAPAs', schema: CAPA_PAGE })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(CAPA_LIST)
  capas(@Query() query: ListCapasQuery, @CurrentAccess() access: Access) {
    return listCapas(this.runtime.dataSource, {
      branches: access.branchFilter(query.branch),
      status: query.status,
      inspectionId: query.inspectionId,
      ownerDepartment: query.ownerDepartment,
      limit: query.limit ?? 100,
    });
  }

  /** QC-7: the month's quality problems by model, cause and responsible party. */
  @Get('reports/monthly')
  @ApiOkResponse({ description: 'the monthly quality summary', schema: MONTHLY_SUMMARY })
  @Roles(...READERS)
  @BranchFrom({ query: 'branch' })
  @ReadModel(INSPECTION_LIST)
  monthly(@Query() query: MonthlySummaryQuery, @CurrentAccess() access: Access) {
    return monthlySummary(
      this.runtime.dataSource,
      query.month,
      this.runtime.settings.timeZone,
      access.branchFilter(query.branch),
    );
  }
}
