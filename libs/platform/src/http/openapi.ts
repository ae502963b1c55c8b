import { fillSchemasFromValidators } from './validator-schemas';
import type { INestApplication } from '@nestjs/common';
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
