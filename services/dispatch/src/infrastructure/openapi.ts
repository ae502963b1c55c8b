import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { openApiDocument } from '@aftersales/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { EngineersController } from '../http/engineers.http.controller';
import { VisitQueriesController } from '../http/visit-queries.http.controller';
import { VisitsController } from '../http/visits.http.controller';
import { DispatchRuntime } from './dispatch-runtime';

/** The routes alone, without databases or brokers: enough to describe the API. */
@Module({
  controllers: [EngineersController, VisitsController, VisitQueriesController],
  providers: [{ provide: DispatchRuntime, useValue: {} }],
})
class DispatchRoutesModule {}

/** Dispatch's OpenAPI document, as served at /dispatch/docs and kept in contracts/openapi/dispatch.json. */
export async function dispatchOpenApi(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(DispatchRoutesModule, new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('dispatch');
  await app.init();
  try {
    return openApiDocument(app, 'dispatch');
  } finally {
    await app.close();
  }
}
