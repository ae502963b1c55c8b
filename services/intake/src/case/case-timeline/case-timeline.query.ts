import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { timelineEntry, type TimelineEntry } from '@aftersales/event-store';
import { foldRecorded } from '@aftersales/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { IntakeRuntime } from '../../intake.runtime';
import { caseDecider, caseStreamId } from '../case.decider';
import type { CaseState } from '../case.state';

export interface CaseTimelineView {
  readonly case: CaseState;
  /** The registration as recorded, with the customer's personal data unless it was erased (AUD-4). */
  readonly registration: unknown;
  readonly timeline: readonly TimelineEntry[];
}

/** The case with its whole story from the log: who did what, when, in which role (AUD-1). */
export class CaseTimeline extends Query<CaseTimelineView> {
  constructor(
    readonly caseId: string,
    /** ORG-1: only a case of the caller's branches is shown. */
    readonly access: Access,
  ) {
    super();
  }
}

@QueryHandler(CaseTimeline)
export class CaseTimelineHandler implements IQueryHandler<CaseTimeline> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  async execute({ caseId, access }: CaseTimeline): Promise<CaseTimelineView> {
    const events = await this.runtime.store.readStream(caseStreamId(caseId));
    if (events.length === 0) throw new NotFound('case', caseId);
    const registered = events[0].data as { branch: string };
    access.assertBranch(registered.branch);
    return {
      case: foldRecorded(caseDecider, events),
      registration: events[0].data,
      timeline: events.map(timelineEntry),
    };
  }
}
