import { IsString, IsUrl } from 'class-validator';
import { bootstrapService, ConfigError, loadConfig, PlatformConfig } from '../src';
import { call, ProbeModule, readiness, startProbe, TEST_ENV, tokenFor } from './test-app';

describe('platform over HTTP: validation, error shapes, request context, health, metrics', () => {
  let probe: Awaited<ReturnType<typeof startProbe>>;
  let clerk: string;

  beforeAll(async () => {
    probe = await startProbe();
    clerk = await tokenFor({ sub: 'u-li', roles: ['intake-clerk'], branches: ['HZ'] });
  });
  afterAll(async () => {
    await probe.close();
  });

  describe('400 validation_failed names the offending field', () => {
    it('an unknown body property', async () => {
      const res = await call(probe.url, 'POST', '/cases', {
        token: clerk,
        body: { branch: 'HZ', title: 't', foo: 1 },
      });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: 'validation_failed',
        details: [{ field: 'foo', reason: 'property foo should not exist' }],
      });
    });

    it('a missing field and a nested one, with dot paths', async () => {
      const res = await call(probe.url, 'POST', '/cases', {
        token: clerk,
        body: { branch: 'HZ', parts: [{ sku: 'A1', quantity: 0 }] },
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([
          { field: 'title', reason: 'title is required' },
          { field: 'parts.0.quantity', reason: 'quantity must not be less than 1' },
        ]),
      );
    });

    it('an unknown query parameter of a list', async () => {
      const res = await call(probe.url, 'GET', '/cases?bogus=1', { token: clerk });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'bogus', reason: 'property bogus should not exist' }]);
    });

    it('a route parameter that must be a UUID', async () => {
      const res = await call(probe.url, 'GET', '/cases/by-uuid/not-a-uuid', { token: clerk });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: 'validation_failed',
        details: [{ field: 'uuid', reason: 'uuid must be a UUID' }],
      });
    });

    it('a body that is not JSON', async () => {
      const res = await call(probe.url, 'POST', '/cases', { token: clerk, body: '{"branch":' });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('validation_failed');
      expect(res.body.details[0].field).toBe('body');
    });

    it('a valid body reaches the handler as a DTO instance', async () => {
      const res = await call(probe.url, 'POST', '/cases', {
        token: clerk,
        body: { branch: 'HZ', title: 'ok' },
      });
      expect(res.status).toBe(201);
      expect(res.body.isDto).toBe(true);
    });
  });

  describe('domain errors map to their status and shape', () => {
    it('RuleViolation -> 422 with the rule id', async () => {
      const res = await call(probe.url, 'GET', '/errors/rule', { token: clerk });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({
        error: 'rule_violation',
        rule: 'RET-7',
        message: 'stock-in needs the QC signature',
      });
    });

    it("Conflict and the event store's WrongExpectedVersion -> 409", async () => {
      const conflict = await call(probe.url, 'GET', '/errors/conflict', { token: clerk });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toEqual({ error: 'conflict', message: 'case c-1 already registered' });
      const version = await call(probe.url, 'GET', '/errors/version', { token: clerk });
      expect(version.status).toBe(409);
      expect(version.body).toEqual({
        error: 'conflict',
        message: 'stream case-c-1 is at version 4, expected 3',
      });
    });

    it('NotFound and an unknown route -> 404 not_found', async () => {
      const missing = await call(probe.url, 'GET', '/errors/not-found', { token: clerk });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ error: 'not_found', entity: 'case', id: 'c-404' });
      const route = await call(probe.url, 'GET', '/no/such/route', { token: clerk });
      expect(route.status).toBe(404);
      expect(route.body.error).toBe('not_found');
    });

    it('an unexpected error -> 500 {"error":"internal"} without internals; the log keeps them with the correlation id', async () => {
      const res = await call(probe.url, 'GET', '/errors/boom', {
        token: clerk,
        headers: { 'x-correlation-id': 'boom-1' },
      });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: 'internal' });
      expect(probe.logs).toContainEqual(
        expect.objectContaining({
          level: 'error',
          msg: 'password=hunter2 at db.internal:5432',
          correlationId: 'boom-1',
        }),
      );
    });
  });

  describe('request context and correlation id', () => {
    it('x-correlation-id given is echoed and is what the handler reads after awaiting I/O', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz', {
        token: clerk,
        headers: { 'x-correlation-id': 'corr-123' },
      });
      expect(res.headers.get('x-correlation-id')).toBe('corr-123');
      expect(res.body.context.correlationId).toBe('corr-123');
    });

    it('without one, a new id is made, echoed, and seen by the handler', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz', { token: clerk });
      const id = res.headers.get('x-correlation-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.context.correlationId).toBe(id);
    });

    it('concurrent requests each keep their own context', async () => {
      const ids = Array.from({ length: 12 }, (_, i) => `parallel-${i}`);
      const answers = await Promise.all(
        ids.map((id) =>
          call(probe.url, 'GET', '/cases/c-hz', { token: clerk, headers: { 'x-correlation-id': id } }),
        ),
      );
      expect(answers.map((a) => a.body.context.correlationId)).toEqual(ids);
    });

    it('a 401 also carries the correlation id', async () => {
      const res = await call(probe.url, 'GET', '/cases/c-hz', {
        headers: { 'x-correlation-id': 'denied-1' },
      });
      expect(res.headers.get('x-correlation-id')).toBe('denied-1');
      expect(probe.logs).toContainEqual(expect.objectContaining({ status: 401, correlationId: 'denied-1' }));
    });
  });

  describe('health and metrics (no token needed)', () => {
    afterEach(() => {
      readiness.database = true;
    });

    it('live answers 200; ready runs the registered checks', async () => {
      expect((await call(probe.url, 'GET', '/health/live')).status).toBe(200);
      const ready = await call(probe.url, 'GET', '/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', kafka: 'up' } });
    });

    it('ready answers 503 naming the check that failed', async () => {
      readiness.database = false;
      const ready = await call(probe.url, 'GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({
        status: 'unavailable',
        checks: { database: 'down: connection refused', kafka: 'up' },
      });
    });

    it('metrics: default metrics and request durations by route template, method and status', async () => {
      await call(probe.url, 'GET', '/cases/c-nb', { token: clerk });
      const res = await fetch(`${probe.url}/probe/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toMatch(
        /http_request_duration_seconds_count\{service="probe",method="GET",route="\/probe\/cases\/:id",status="403"\} [1-9]/,
      );
    });
  });
});

describe('config validation at start-up', () => {
  class IntakeConfig extends PlatformConfig {
    @IsUrl({ require_tld: false, protocols: ['postgres', 'postgresql'] })
    DATABASE_URL!: string;

    @IsString()
    KAFKA_BROKERS!: string;
  }

  it('a missing variable stops start-up naming it', async () => {
    await expect(
      bootstrapService({
        name: 'probe',
        module: ProbeModule,
        config: IntakeConfig,
        env: { ...TEST_ENV, KAFKA_BROKERS: 'k:9092' },
        handleSignals: false,
      }),
    ).rejects.toThrow(/DATABASE_URL is missing/);
  });

  it('a bad value is named, without echoing its content', () => {
    const env = { ...TEST_ENV, PORT: 'eighty', DATABASE_URL: 'mysql://secret@h/db', KAFKA_BROKERS: 'k:9092' };
    let error: unknown;
    try {
      loadConfig(IntakeConfig, env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect([...(error as ConfigError).problems].sort()).toEqual([
      expect.stringMatching(/^DATABASE_URL is invalid: /),
      expect.stringMatching(/^PORT is invalid: /),
    ]);
    expect((error as Error).message).not.toContain('secret');
  });

  it('a key source is required, and the dev key is refused in production', () => {
    expect(() => loadConfig(PlatformConfig, {})).toThrow(/AUTH_JWKS_URL is missing/);
    expect(() => loadConfig(PlatformConfig, { AUTH_DEV_KEY: 'yes' })).toThrow(/AUTH_DEV_KEY is invalid/);
    expect(() => loadConfig(PlatformConfig, { AUTH_DEV_KEY: 'true', NODE_ENV: 'production' })).toThrow(
      /refused when NODE_ENV=production/,
    );
  });

  it('typed values and defaults come out of a valid env', () => {
    const config = loadConfig(IntakeConfig, {
      ...TEST_ENV,
      PORT: '8080',
      DATABASE_URL: 'postgres://localhost/intake',
      KAFKA_BROKERS: 'k:9092',
    });
    expect(config).toBeInstanceOf(IntakeConfig);
    expect(config.PORT).toBe(8080);
    expect(config.AUTH_DEV_KEY).toBe(true);
    expect(config.AUTH_CLOCK_TOLERANCE_SECONDS).toBe(30);
  });
});

describe('OpenAPI (SERVICE-CHECKLIST 4)', () => {
  it('the document is served at /<name>/docs with the prefixed paths and bearer auth', async () => {
    const probe = await startProbe();
    try {
      const res = await fetch(`${probe.url}/probe/docs`);
      expect(res.status).toBe(200);
      const doc = (await res.json()) as {
        openapi: string;
        paths: Record<string, unknown>;
        components: { securitySchemes: object };
      };
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/probe/cases', '/probe/cases/{id}']));
      expect(doc.components.securitySchemes).toHaveProperty('bearer');
    } finally {
      await probe.close();
    }
  });
});
