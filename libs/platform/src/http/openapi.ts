import { fillSchemasFromValidators } from './validator-schemas';
import { Module, type INestApplication, type InjectionToken, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The service's OpenAPI document (paths carry the /<name> prefix; bearer JWT on every operation). */
export function openApiDocument(app: INestApplication, name: string, version = '1'): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(`aftersales ${name}`)
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  return fillSchemasFromValidators(SwaggerModule.createDocument(app, config));
}

/**
 * A service's OpenAPI document from its controllers alone, without databases or brokers:
 * what `npm run openapi` writes to contracts/openapi/<name>.json. The runtime the controllers
 * inject is stood in by an empty object (describing routes never calls it).
 */
export async function routesOpenApi(
  name: string,
  controllers: Type[],
  runtime: InjectionToken,
): Promise<OpenAPIObject> {
  @Module({ controllers, providers: [{ provide: runtime, useValue: {} }] })
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
