import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { existing, type DecideContext } from '../case.decide-context';

/** A downstream milestone (dispatch, quality inspection, returns, claims, finance) about this case. */
export interface RecordTimelineEntry {
  readonly type: 'RecordTimelineEntry';
  readonly caseId: string;
  readonly source: string;
  readonly sourceEventId: string;
  readonly sourceEventType: string;
  readonly summary: string;
  /** The same line in Chinese; entries recorded before it existed have none. */
  readonly summaryZh?: string;
  readonly occurredAt: string;
}

/** One case view tells the whole story; the same downstream event is recorded once. */
export function recordTimelineEntry(
  command: RecordTimelineEntry,
  state: CaseState,
  _ctx: DecideContext,
): CaseEvent[] {
  const c = existing(state, command.caseId);
  if (c.timelineSourceIds.includes(command.sourceEventId)) return [];
  const { type: _type, ...data } = command;
  return [{ type: 'TimelineEntryRecorded', data }];
}
