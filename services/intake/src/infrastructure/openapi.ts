import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { openApiDocument } from '@aftersales/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { CaseCommandsController } from '../case/case-commands.http.controller';
import { CaseQueriesController } from '../case/case-queries.http.controller';
import { ForgetCustomerController } from '../customer/forget-customer.http.controller';
import { IntakeRuntime } from './intake-runtime';

/** The routes alone, without databases or brokers: enough to describe the API. */
@Module({
  controllers: [CaseCommandsController, CaseQueriesController, ForgetCustomerController],
  providers: [{ provide: IntakeRuntime, useValue: {} }],
})
class IntakeRoutesModule {}

/** Intake's OpenAPI document, as served at /intake/docs and kept in contracts/openapi/intake.json. */
export async function intakeOpenApi(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(IntakeRoutesModule, new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('intake');
  await app.init();
  try {
    return openApiDocument(app, 'intake');
  } finally {
    await app.close();
  }
}
