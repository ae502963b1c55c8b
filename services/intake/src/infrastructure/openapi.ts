import { routesOpenApi } from '@aftersales/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { CaseCommandsController } from '../case/case-commands.http.controller';
import { CaseQueriesController } from '../case/case-queries.http.controller';
import { ForgetCustomerController } from '../customer/forget-customer.http.controller';

/** Intake's OpenAPI document, as served at /intake/docs and kept in contracts/openapi/intake.json. */
export function intakeOpenApi(): Promise<OpenAPIObject> {
  return routesOpenApi('intake', [CaseCommandsController, CaseQueriesController, ForgetCustomerController]);
}
