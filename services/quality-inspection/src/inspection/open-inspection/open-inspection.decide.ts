import { Conflict } from '@aftersales/kernel';
import type { InspectionEvent } from '../inspection.events';
import type { InspectionState } from '../inspection.state';
import type { InspectionDecideContext } from '../inspection.decide-context';
import type { DecidedBy, OriginKind } from '../inspection.vocabulary';

export interface OpenInspection {
  readonly type: 'OpenInspection';
  readonly inspectionId: string;
  readonly branch: string;
  readonly caseId?: string;
  readonly caseNumber?: string;
  readonly product: { readonly model: string; readonly serialNumber: string };
  readonly origin: { readonly kind: OriginKind; readonly ref: string };
  readonly symptom?: string;
  readonly by: DecidedBy;
}

/**
 * QC-1 an inspection opens for every product taken back, every quality return and every founded
 * quality complaint that needs root-cause analysis, or by hand. Opening the same origin again
 * changes nothing (a redelivered event); another origin under the same id is a conflict.
 */
export function openInspection(
  command: OpenInspection,
  state: InspectionState,
  ctx: InspectionDecideContext,
): InspectionEvent[] {
  if (state.exists) {
    if (state.origin.kind === command.origin.kind && state.origin.ref === command.origin.ref) return [];
    throw new Conflict(`inspection ${command.inspectionId} exists already`);
  }
  const { type: _type, by, ...data } = command;
  return [{ type: 'InspectionOpened', data: { ...data, openedBy: by, openedAt: ctx.now.toISOString() } }];
}
