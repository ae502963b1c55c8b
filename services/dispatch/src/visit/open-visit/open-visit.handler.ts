import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound } from '@aftersales/kernel';
import type { Access } from '@aftersales/platform';
import { randomUUID } from 'node:crypto';
import type { Urgency, Zone } from '../../dispatch.vocabulary';
import { DispatchRuntime } from '../../dispatch.runtime';
import { visitToOpen } from '../../reactions/on-case-accepted/on-case-accepted';
import { addressRefOf, readCaseCopy } from '../../reactions/intake-reactions';
import { visitSummary, type VisitSummary } from '../visit-summary';

/** DSP-1 a dispatcher opens a visit for a case dispatch knows, naming the address's zone (DSP-2). */
export class OpenVisit extends Command<VisitSummary | undefined> {
  constructor(
    readonly caseId: string,
    readonly zone: Zone,
    readonly urgency: Urgency | undefined,
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(OpenVisit)
export class OpenVisitHandler implements ICommandHandler<OpenVisit> {
  constructor(@Inject(DispatchRuntime) private readonly runtime: DispatchRuntime) {}

  async execute({ caseId, zone, urgency, access }: OpenVisit): Promise<VisitSummary | undefined> {
    const copy = await readCaseCopy(this.runtime.pool, caseId);
    if (!copy) throw new NotFound('case', caseId);
    access.assertBranch(copy.branch);
    const settings = this.runtime.settings;
    const command = visitToOpen(
      copy,
      { type: 'intake.case-accepted.v1', data: { caseId: copy.caseId, kind: copy.kind } },
      this.runtime.commands.clock.now(),
      {
        visitId: randomUUID(),
        zone,
        productLine: settings.productLineOf(copy.product.model),
        addressRef: addressRefOf(copy.caseId),
      },
      // A dispatcher's decision: the visit is opened whatever the case's kind.
      { ...settings.onSiteWork, kinds: [copy.kind] },
    )!;
    const { state } = await this.runtime.commands.visit(
      { ...command, ...(urgency ? { urgency } : {}) },
      { assumeNew: true },
    );
    return visitSummary(state);
  }
}
