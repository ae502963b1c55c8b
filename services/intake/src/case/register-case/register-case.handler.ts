import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Conflict, timeOrderedUuid } from '@aftersales/kernel';
import { ValidationFailed, type Access } from '@aftersales/platform';
import { IntakeRuntime } from '../../intake.runtime';
import { caseSummary, type CaseSummary } from '../case-summary';
import type { ExistingCase } from '../case.state';
import { derivedUuid } from '../derived-id';
import { implausibleProductDates } from '../intake-policy';
import { yearInZone } from './case-number.allocator';
import type { RegisterCaseDto } from './register-case.dto';

export interface Registration {
  /** False when an Idempotency-Key named a case registered before: the same case is answered. */
  readonly created: boolean;
  readonly summary: CaseSummary;
}

/** INT-1: a complaint or service request from any channel becomes a case with its own number. */
export class RegisterCase extends Command<Registration> {
  constructor(
    readonly request: RegisterCaseDto,
    readonly access: Access,
    /** The client's key for this registration: a retry with it answers with the same case. */
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}

@CommandHandler(RegisterCase)
export class RegisterCaseHandler implements ICommandHandler<RegisterCase> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  async execute({ request, access, idempotencyKey }: RegisterCase): Promise<Registration> {
    // Before a case number is taken: a 400 leaves no gap in the sequence.
    const implausible = implausibleProductDates(
      request.product,
      this.runtime.commands.clock.now(),
      this.runtime.settings.policy,
    );
    if (implausible.length > 0) throw new ValidationFailed(implausible);
    const caseId = idempotencyKey
      ? derivedUuid(`${access.principal.userId}:${idempotencyKey}`)
      : timeOrderedUuid(); // the log's, register's and timers' indexes on it grow at their right edge
    if (idempotencyKey) {
      const earlier = await this.registered(caseId);
      if (earlier) return earlier;
    }
    const { zoneOf } = this.runtime.settings.zones;
    const caseNumber = await this.runtime.caseNumbers.next(
      request.branch,
      yearInZone(this.runtime.commands.clock.now(), zoneOf(request.branch)),
    );
    try {
      const { state } = await this.runtime.commands.execute(
        {
          type: 'RegisterCase',
          caseId,
          caseNumber,
          branch: request.branch,
          channel: request.channel,
          kind: request.kind,
          severity: request.severity,
          customer: { ...request.customer, vip: request.customer.vip ?? false },
          product: request.product,
          problem: request.problem,
        },
        { assumeNew: !idempotencyKey },
      );
      return { created: true, summary: caseSummary(state as ExistingCase) };
    } catch (error) {
      // Two retries of one key racing: the loser answers with the winner's case.
      if (error instanceof Conflict && idempotencyKey) {
        const earlier = await this.registered(caseId);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  private async registered(caseId: string): Promise<Registration | undefined> {
    const { state } = await this.runtime.commands.load(caseId);
    return state.exists ? { created: false, summary: caseSummary(state) } : undefined;
  }
}
