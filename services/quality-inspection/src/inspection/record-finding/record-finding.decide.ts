import { Conflict, RuleViolation } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import {
  existingInspection,
  requireUndecided,
  type InspectionDecideContext,
} from '../inspection.decide-context';
import type { DecidedBy, EvidenceRef, Measurement, RootCause } from '../inspection.vocabulary';

export interface RecordFinding {
  readonly type: 'RecordFinding';
  readonly inspectionId: string;
  readonly findingId: string;
  readonly failureMode: string;
  readonly rootCause: RootCause;
  readonly evidence: readonly EvidenceRef[];
  readonly measurements: readonly Measurement[];
  readonly note?: string;
  /** The finding this one corrects (QC-2: corrections append, never edit). */
  readonly corrects?: string;
  readonly by: DecidedBy;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** QC-2 a finding: failure mode, root-cause category, evidence by reference and hash, measurements. */
export function recordFinding(
  command: RecordFinding,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  const inspection = existingInspection(state, command.inspectionId);
  if (inspection.findings.some((f) => f.findingId === command.findingId))
    throw new Conflict(`finding ${command.findingId} is recorded already`);
  requireUndecided(inspection, 'QC-2', 'record findings');
  for (const e of command.evidence)
    if (!SHA256.test(e.sha256))
      throw new RuleViolation('QC-2', `evidence ${e.ref} needs the SHA-256 of its content`);
  if (command.corrects !== undefined) {
    const corrected = inspection.findings.find((f) => f.findingId === command.corrects);
    if (!corrected) throw new RuleViolation('QC-2', `finding ${command.corrects} does not exist`);
    if (corrected.correctedBy)
      throw new RuleViolation(
        'QC-2',
        `finding ${command.corrects} is corrected already by ${corrected.correctedBy}: correct that one`,
      );
  }
  const { type: _type, by, ...data } = command;
  return [
    {
      type: 'FindingRecorded',
      data: {
        ...data,
        ...(inspection.caseId ? { caseId: inspection.caseId } : {}),
        recordedBy: by,
        recordedAt: ctx.now.toISOString(),
      },
    },
  ];
}
