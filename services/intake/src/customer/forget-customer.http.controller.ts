import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { Roles } from '@aftersales/platform';
import { IntakeRuntime } from '../infrastructure/intake-runtime';

/** AUD-4: erase a customer's personal data on request by destroying their key; the log stays intact. */
@Controller('customers')
export class ForgetCustomerController {
  constructor(@Inject(IntakeRuntime) private readonly runtime: IntakeRuntime) {}

  @Post(':customerId/forget')
  @HttpCode(200)
  @Roles('executive', 'after-sales-head')
  async forget(@Param('customerId') customerId: string) {
    await this.runtime.store.forget(customerId);
    return { customerId, erased: true };
  }
}
