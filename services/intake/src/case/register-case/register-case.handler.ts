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
  readonly summary: CaseSummary & {
    /** Set when the customer id given had been erased (AUD-4): the new id the case is under. */
    readonly customerId?: string;
    readonly warnings?: ReadonlyArray<{ readonly rule: string; readonly message: string }>;
  };
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
    const customer = await this.customerFor(request.customer.customerId, caseId);
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
          customer: {
            ...request.customer,
            customerId: customer.customerId,
            vip: request.customer.vip ?? false,
          },
          product: request.product,
          problem: request.problem,
        },
        { assumeNew: !idempotencyKey },
      );
      const summary = caseSummary(state as ExistingCase);
      return { created: true, summary: customer.warning ? { ...summary, ...customer.warning } : summary };
    } catch (error) {
      // Two retries of one key racing: the loser answers with the winner's case.
      if (error instanceof Conflict && idempotencyKey) {
        const earlier = await this.registered(caseId);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /**
   * AUD-4: a customer whose personal data was erased may come back (a new complaint about the same
   * product). Refusing them would deny after-sales service for having exercised a data right (PIPL
   * art. 16; under GDPR art. 17 the erased data ends, not the customer relationship); registering them under the erased id
   * would link their new name and phone to the erased cases (which still carry that id), undoing
   * the erasure. So the case is registered under a new pseudonymous customer id, with its own key,
   * unlinkable to the erased history, and the answer says so: the clerk's system uses the new id
   * from then on. The erasure itself stays on record (when, not who).
   */
  private async customerFor(
    customerId: string,
    caseId: string,
  ): Promise<{ customerId: string; warning?: Pick<Registration['summary'], 'customerId' | 'warnings'> }> {
    const erasedAt = await this.runtime.store.forgottenAt(customerId);
    if (!erasedAt) return { customerId };
    // Derived from the case alone (not the erased id), so a retry gets the same one and nothing leads back.
    const renewed = derivedUuid(`customer-after-erasure:${caseId}`);
    return {
      customerId: renewed,
      warning: {
        customerId: renewed,
        warnings: [
          {
            rule: 'AUD-4',
            message: `customer ${customerId} was erased on ${erasedAt.toISOString()}; this case is registered under the new customer id ${renewed}, not linked to the erased cases: use it for this customer from now on`,
          },
        ],
      },
    };
  }

  private async registered(caseId: string): Promise<Registration | undefined> {
    const { state } = await this.runtime.commands.load(caseId);
    return state.exists ? { created: false, summary: caseSummary(state) } : undefined;
  }
}
