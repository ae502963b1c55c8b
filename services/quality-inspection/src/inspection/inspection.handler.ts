import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Access } from '@aftersales/platform';
import { QualityInspectionRuntime } from '../quality-inspection.runtime';
import type { InspectionCommand } from './inspection.decider';
import type { ExistingInspection } from './inspection.state';

export interface InspectionChanged {
  readonly inspectionId: string;
  readonly status: string;
  /** The attribution in force after the command (QC-4). */
  readonly attributionInForce?: string;
  /** The types of the events the command appended (none when it changed nothing). */
  readonly events: readonly string[];
}

/**
 * Any command of a use case on an inspection: load → decide → append with the expected version.
 * ORG-1: the caller acts on inspections of their branches (QC's head-office roles on all);
 * `authorize` adds the use case's own check of the state (QC-4: who may dispute).
 */
export class ChangeInspection extends Command<InspectionChanged> {
  constructor(
    readonly command: InspectionCommand,
    readonly access: Access,
    readonly authorize?: (state: ExistingInspection) => void,
    readonly assumeNew = false,
  ) {
    super();
  }
}

@CommandHandler(ChangeInspection)
export class ChangeInspectionHandler implements ICommandHandler<ChangeInspection> {
  constructor(@Inject(QualityInspectionRuntime) private readonly runtime: QualityInspectionRuntime) {}

  async execute({ command, access, authorize, assumeNew }: ChangeInspection): Promise<InspectionChanged> {
    const { state, events } = await this.runtime.inspections.execute(command, {
      assumeNew,
      authorize: (s) => {
        if (!s.exists) return;
        access.assertBranch(s.branch);
        authorize?.(s);
      },
    });
    const inspection = state as ExistingInspection;
    const inForce = inspection.attributions.find((a) => a.inForce);
    return {
      inspectionId: inspection.inspectionId,
      status: inspection.status,
      ...(inForce ? { attributionInForce: inForce.attributionId } : {}),
      events: events.map((e) => e.type),
    };
  }
}

/** The user's decision as the events record it (AUD-1). */
export const decidedBy = (access: Access) => ({ userId: access.principal.userId, role: access.role });
