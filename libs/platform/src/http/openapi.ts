import { describeErrorResponses } from './openapi-responses';
import { fillSchemasFromValidators } from './validator-schemas';
import { Module, type INestApplication, type InjectionToken, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/**
 * The service's OpenAPI document (paths carry the /<name> prefix; bearer JWT on every operation):
 * request schemas with the validation rules the 400s come from, and every error response.
 */
export function openApiDocument(app: INestApplication, name: string, version = '1'): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(`aftersales ${name}`)
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  return describeErrorResponses(fillSchemasFromValidators(SwaggerModule.createDocument(app, config)));
}

/**
 * A service's OpenAPI document from its controllers alone, without databases or brokers:
 * what `npm run openapi` writes to contracts/openapi/<name>.json. Controllers dispatch through
 * the command and query buses, which need no handlers to describe routes; anything else they
 * inject is stood in by an empty object (describing routes never calls it).
 */
export async function routesOpenApi(
  name: string,
  controllers: Type[],
  standIns: readonly InjectionToken[] = [],
): Promise<OpenAPIObject> {
  @Module({
    imports: [CqrsModule.forRoot()],
    controllers,
    providers: standIns.map((token) => ({ provide: token, useValue: {} })),
  })
  class RoutesModule {}
  const app = await NestFactory.create(RoutesModule, new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix(name);
  await app.init();
  try {
    return openApiDocument(app, name);
  } finally {
    await app.close();
  }
}
