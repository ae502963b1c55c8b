import { MIN_POSITION_HEADER } from './read-your-writes';
import { LOG_POSITION_HEADER } from './request-context.hooks';
import { describeErrorResponses } from './openapi-responses';
import { fillSchemasFromValidators } from './validator-schemas';
import { bodyExamples } from './body-example';
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
    .setDescription(`The ${name} service of the after-sales back office; every route is under /${name}.`)
    .setLicense('Proprietary', '')
    // Paths carry the service's prefix: one server at the ingress's root serves them all.
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  return withSummaries(
    describeErrorResponses(
      withLogPositions(
        withBodyExamples(fillSchemasFromValidators(SwaggerModule.createDocument(app, config))),
      ),
    ),
  );
}

/** Every request body's example, from its DTO's @BodyExample. */
function withBodyExamples(document: OpenAPIObject): OpenAPIObject {
  const examples = bodyExamples();
  for (const item of Object.values(document.paths))
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const body = item[method]?.requestBody;
      const json = body && 'content' in body ? body.content['application/json'] : undefined;
      const ref = json?.schema && '$ref' in json.schema ? json.schema.$ref : undefined;
      const found = ref ? examples.get(ref.slice(ref.lastIndexOf('/') + 1)) : undefined;
      if (json && found) json.example = found.example;
    }
  return document;
}

const words = (identifier: string) =>
  identifier
    .replace(/Controller$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * A summary for every operation, from its use case (the slice's controller) and, where a slice
 * has several routes, the route's method: "Review validity", "Pause clock: resume clock".
 */
function withSummaries(document: OpenAPIObject): OpenAPIObject {
  // A route whose path parameters come in one DTO (`@Param() p: Params`) still names each of them.
  for (const [path, item] of Object.entries(document.paths)) {
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const parameters = (op.parameters ?? []) as Array<{ name?: string; in?: string }>;
      for (const name of names)
        if (!parameters.some((p) => p.in === 'path' && p.name === name))
          parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } } as never);
      op.parameters = parameters as never;
    }
  }
  const operations = Object.values(document.paths).flatMap((item) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((m) => (item[m] ? [item[m]!] : [])),
  );
  const routesOf = new Map<string, number>();
  for (const op of operations) {
    const controller = op.operationId?.split('_')[0] ?? '';
    routesOf.set(controller, (routesOf.get(controller) ?? 0) + 1);
  }
  for (const op of operations) {
    if (op.summary || !op.operationId) continue;
    const [controller, method] = op.operationId.split('_');
    const text = routesOf.get(controller)! > 1 ? `${words(controller)}: ${words(method)}` : words(controller);
    op.summary = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return document;
}

/**
 * Read-your-writes (docs/consistency.md): every command's success answers the log position it
 * produced; a query that takes x-min-position may answer 425.
 */
function withLogPositions(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    const query = item.get;
    if (query?.parameters?.some((p) => 'name' in p && p.name === MIN_POSITION_HEADER)) {
      query.responses = {
        ...query.responses,
        425: {
          description: `The read model has not reached ${MIN_POSITION_HEADER} yet: retry after Retry-After seconds`,
          headers: { 'retry-after': { description: 'seconds', schema: { type: 'integer' } } },
        },
      };
    }
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        if (!status.startsWith('2') || !response || !('description' in response)) continue;
        response.headers = {
          ...response.headers,
          [LOG_POSITION_HEADER]: {
            description:
              'The global log position of the last event this command appended (absent when it appended none); send it as x-min-position to read your write',
            schema: { type: 'integer', minimum: 1 },
          },
        };
      }
    }
  }
  return document;
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
