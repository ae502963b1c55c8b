import { ApiOkResponse } from '@nestjs/swagger';
import { CUSTOMER_FORGOTTEN } from '../case/case.responses';
import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@aftersales/platform';
import { ForgetCustomer } from './forget-customer.handler';

/** AUD-4: erase a customer's personal data on request by destroying their key; the log stays intact. */
@Controller('customers')
export class ForgetCustomerController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':customerId/forget')
  @HttpCode(200)
  @ApiOkResponse({ description: "the customer's personal data is erased", schema: CUSTOMER_FORGOTTEN })
  @Roles('executive', 'after-sales-head')
  forget(@Param('customerId') customerId: string) {
    return this.commands.execute(new ForgetCustomer(customerId));
  }
}
