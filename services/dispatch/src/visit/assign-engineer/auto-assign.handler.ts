import { Inject } from '@nestjs/common';
import { Command, CommandHandler, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import { NotFound, RuleViolation } from '@aftersales/kernel';
import { NotYetConsistent, type Access } from '@aftersales/platform';
import { assignCommandOf, autoAssign, candidateOf, type EngineerCandidate } from './auto-assigner';
import { branchPolicy } from '../../dispatch-policy';
import type { ExistingEngineer } from '../../engineer/engineer.state';
import { DispatchRuntime } from '../../dispatch.runtime';
import { ChangeVisit, type VisitChanged } from '../change-visit.handler';
import { OPEN_VISIT_STATUSES } from '../visit-list/visit-list.entity';
import { VISIT_LIST } from '../visit-list/visit-list.projection';

/** Engineer streams the auto-assigner reads concurrently (well inside the store's pool). */
const ROSTER_READS_AT_ONCE = 8;

export interface AutoAssigned extends VisitChanged {
  /** Every engineer of the branch weighed, with why each was or was not taken. */
  readonly considered: ReturnType<typeof autoAssign>['considered'];
}

/** DSP-1 the auto-assigner: skill, availability, least load, then zone distance. */
export class AutoAssignEngineer extends Command<AutoAssigned> {
  constructor(
    readonly visitId: string,
    readonly access: Access,
  ) {
    super();
  }
}

@CommandHandler(AutoAssignEngineer)
export class AutoAssignEngineerHandler implements ICommandHandler<AutoAssignEngineer> {
  constructor(
    @Inject(DispatchRuntime) private readonly runtime: DispatchRuntime,
    @Inject(CommandBus) private readonly commands: CommandBus,
  ) {}

  async execute({ visitId, access }: AutoAssignEngineer): Promise<AutoAssigned> {
    const { state: visit } = await this.runtime.commands.loadVisit(visitId);
    if (!visit.exists) throw new NotFound('visit', visitId);
    access.assertBranch(visit.branch);
    const policy = branchPolicy(this.runtime.settings.policy, visit.branch);
    await this.rosterUpToDate();
    const roster: Array<{ id: string; load: string }> = await this.runtime.dataSource.query(
      `SELECT r.engineer_id AS id,
              (SELECT count(*) FROM dispatch.visit_list v
                WHERE v.engineer_id = r.engineer_id AND v.status = ANY($2::text[])) AS load
         FROM dispatch.engineer_roster r WHERE r.branch = $1 AND r.active ORDER BY r.engineer_id`,
      [visit.branch, OPEN_VISIT_STATUSES],
    );
    // Engineers' histories read a few at a time, not one after another: a large branch's roster
    // stays a handful of round trips deep.
    const candidates: EngineerCandidate[] = [];
    for (let i = 0; i < roster.length; i += ROSTER_READS_AT_ONCE) {
      const slice = roster.slice(i, i + ROSTER_READS_AT_ONCE);
      const states = await Promise.all(slice.map(({ id }) => this.runtime.commands.loadEngineer(id)));
      states.forEach(({ state }, k) => {
        if (state.exists) candidates.push(candidateOf(state as ExistingEngineer, Number(slice[k].load)));
      });
    }
    const request = {
      visitId,
      branch: visit.branch,
      productLine: visit.product.productLine,
      zone: visit.zone,
      urgency: visit.urgency,
      at: this.runtime.commands.clock.now(),
    };
    const result = autoAssign(request, candidates, policy);
    const command = assignCommandOf(request, result);
    if (!command) throw new RuleViolation('DSP-1', result.reason);
    const outcome = await this.commands.execute(new ChangeVisit(command, access));
    return { ...outcome, considered: result.considered };
  }

  /**
   * The roster and the loads are a read model: it must include every write answered before this
   * request (an engineer registered a moment ago), so it is read once its projection has applied
   * the log up to where the log stood when the request arrived.
   */
  private async rosterUpToDate(): Promise<void> {
    const head = await this.runtime.store.headPosition();
    const waitMs = this.runtime.config.READ_MODEL_WAIT_MS;
    const behind = await this.runtime.projections.awaitPosition(head, [VISIT_LIST], waitMs);
    if (behind.length > 0) throw new NotYetConsistent(head, behind, Math.max(1, Math.ceil(waitMs / 1000)));
  }
}
