import { Controller, Get, Inject, Param } from '@nestjs/common';
import { NotFound } from '@aftersales/kernel';
import { CurrentAccess, ReadModel, Roles, uuidParam, type Access } from '@aftersales/platform';
import { ApiOkResponse } from '@nestjs/swagger';
import type { InspectionEvent } from '../inspection/inspection.events';
import { CASE_HISTORY, HISTORY } from '../inspection/inspection.responses';
import { INSPECTION_LIST } from '../inspection-list/inspection-list.projection';
import { READERS } from '../inspection-list/inspection-list.http.controller';
import { inspectionsOfCase } from '../inspection-list/inspection-list.queries';
import { QualityInspectionRuntime } from '../quality-inspection.runtime';
import { responsibilityHistory } from './responsibility-history';

/** AUD-2: who is responsible, on what evidence, who decided, what was superseded and why — from the log. */
@Controller()
export class ResponsibilityHistoryController {
  constructor(@Inject(QualityInspectionRuntime) private readonly runtime: QualityInspectionRuntime) {}

  private async historyOf(inspectionId: string, access: Access) {
    const recorded = await this.runtime.store.readStream(this.runtime.inspections.streamId(inspectionId));
    if (recorded.length === 0) throw new NotFound('inspection', inspectionId);
    const events = recorded.map((e) => ({ type: e.type, data: e.data }) as InspectionEvent);
    const opened = events[0];
    if (opened.type === 'InspectionOpened') access.assertBranch(opened.data.branch);
    return responsibilityHistory(inspectionId, events);
  }

  @Get('inspections/:inspectionId/responsibility-history')
  @ApiOkResponse({ description: 'the inspection’s responsibility history', schema: HISTORY })
  @Roles(...READERS)
  inspection(
    @Param('inspectionId', uuidParam('inspectionId')) inspectionId: string,
    @CurrentAccess() access: Access,
  ) {
    return this.historyOf(inspectionId, access);
  }

  /** Every inspection of the case; found through the inspection list, told from the log. */
  @Get('cases/:caseId/responsibility-history')
  @ApiOkResponse({ description: 'the case’s responsibility history, per inspection', schema: CASE_HISTORY })
  @Roles(...READERS)
  @ReadModel(INSPECTION_LIST)
  async ofCase(@Param('caseId', uuidParam('caseId')) caseId: string, @CurrentAccess() access: Access) {
    const rows = await inspectionsOfCase(this.runtime.dataSource, caseId);
    if (rows.length === 0) throw new NotFound('case', caseId);
    for (const row of rows) access.assertBranch(row.branch);
    return {
      caseId,
      inspections: await Promise.all(rows.map((r) => this.historyOf(r.inspectionId, access))),
    };
  }
}
