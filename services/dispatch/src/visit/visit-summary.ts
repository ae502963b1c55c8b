import type { VisitState } from './visit.state';

/** What a command on a visit answers with: where the visit stands now. */
export function visitSummary(state: VisitState) {
  if (!state.exists) return undefined;
  return {
    visitId: state.visitId,
    caseId: state.caseId,
    caseNumber: state.caseNumber,
    branch: state.branch,
    status: state.status,
    urgency: state.urgency,
    zone: state.zone,
    engineerId: state.engineerId ?? null,
    arrival: state.arrival,
    arrivalMissed: state.arrivalMissed,
    receiptNo: state.receiptNo ?? null,
    repairCardNo: state.repairCardNo ?? null,
  };
}

export type VisitSummary = NonNullable<ReturnType<typeof visitSummary>>;
