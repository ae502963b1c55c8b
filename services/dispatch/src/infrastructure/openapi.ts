import { routesOpenApi } from '@aftersales/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { EngineersController } from '../http/engineers.http.controller';
import { VisitQueriesController } from '../http/visit-queries.http.controller';
import { VisitsController } from '../http/visits.http.controller';

/** Dispatch's OpenAPI document, as served at /dispatch/docs and kept in contracts/openapi/dispatch.json. */
export function dispatchOpenApi(): Promise<OpenAPIObject> {
  return routesOpenApi('dispatch', [EngineersController, VisitsController, VisitQueriesController]);
}
