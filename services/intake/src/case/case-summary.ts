import type { ExistingCase } from './case.state';

/** What a command on a case answers with: where the case stands now. */
export function caseSummary(state: ExistingCase) {
  return {
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    branch: state.branch,
    kind: state.kind,
    severity: state.severity,
    status: state.status,
    responseDueAt: state.responseDueAt,
    resolutionDueAt: state.resolutionDueAt,
  };
}

export type CaseSummary = ReturnType<typeof caseSummary>;
