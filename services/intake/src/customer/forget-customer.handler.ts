import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntakeRuntime } from '../intake.runtime';

export interface CustomerForgotten {
  readonly customerId: string;
  readonly erased: true;
}

/** AUD-4: erase a customer's personal data by destroying their key; the log stays intact. */
export class ForgetCustomer extends Command<CustomerForgotten> {
  constructor(readonly customerId: string) {
    super();
  }
}

@CommandHandler(ForgetCustomer)
export class ForgetCustomerHandler implements ICommandHandler<ForgetCustomer> {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  async execute({ customerId }: ForgetCustomer): Promise<CustomerForgotten> {
    await this.runtime.store.forget(customerId);
    return { customerId, erased: true };
  }
}
