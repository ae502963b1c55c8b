// Every operation of every declared service, driven with generated requests as every role
// (issues 22 and 32): no 5xx, no answer slower than a few seconds, nothing appended by a refused
// request, and afterwards every read model caught up with none parked.
// FUZZ_REQUESTS (per service, default 300 in CI; `npm run fuzz` sends 10,000) and FUZZ_SEED.
import {
  declaredOpenApi,
  ROLES,
  serviceUnderTest,
  testToken,
  type AnyServiceDeclaration,
} from '@aftersales/platform';
import { createTestDatabase } from '@aftersales/testing';
import { Client } from 'pg';
import { SERVICES } from '../services/catalogue';
import { operationsOf, RequestGenerator } from './request-generator';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
const SLOW_MS = 5_000;

jest.setTimeout(Math.max(120_000, REQUESTS * 60));

describe.each(SERVICES.map((s) => [s.name, s] as const))(
  'fuzzing %s',
  (name, declaration: AnyServiceDeclaration) => {
    it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, a stall or an append by a refusal`, async () => {
      const db = await createTestDatabase(`fuzz_${name.replace(/-/g, '_')}`);
      const service = await serviceUnderTest(declaration, db, {
        LOG_LEVEL: 'fatal',
        BRANCH_TIME_ZONES: 'HZ=Asia/Shanghai,NB=Asia/Shanghai',
      });
      try {
        const doc = await declaredOpenApi(declaration);
        const operations = operationsOf(doc);
        const generator = new RequestGenerator(doc, SEED);
        // Most requests as a user who may do everything in two branches, so they reach the rules;
        // the rest as each single role, in one branch.
        const everything = await testToken('fuzz-all', [...ROLES], ['HZ', 'NB']);
        const single = await Promise.all(ROLES.map((role) => testToken(`fuzz-${role}`, [role], ['HZ'])));
        const failures: string[] = [];
        const refused: string[] = [];
        const statuses: Record<string, number> = {};
        for (let i = 0; i < REQUESTS; i++) {
          const op = operations[i % operations.length];
          const request = generator.request(op);
          const correlationId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
          const started = performance.now();
          const res = await fetch(`${service.service.url}${request.path}`, {
            method: request.method,
            headers: {
              'x-correlation-id': correlationId,
              ...(i % 17 === 0
                ? {}
                : { authorization: `Bearer ${i % 5 < 3 ? everything : single[i % single.length]}` }),
              ...(request.body !== undefined ? { 'content-type': request.contentType! } : {}),
            },
            body: request.body,
          });
          const text = await res.text();
          const ms = performance.now() - started;
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 500)
            failures.push(
              `${res.status} ${request.method} ${request.path} ${request.body?.slice(0, 200) ?? ''} → ${text.slice(0, 200)}`,
            );
          if (ms > SLOW_MS) failures.push(`${Math.round(ms)} ms ${request.method} ${request.path}`);
          if (res.status >= 400) refused.push(correlationId);
          else if (text) {
            try {
              generator.learn(JSON.parse(text));
            } catch {
              /* not JSON */
            }
          }
        }
        process.stderr.write(
          `\n[fuzz] ${name}: ${REQUESTS} requests over ${operations.length} operations, seed ${SEED}, statuses ${JSON.stringify(statuses)}\n`,
        );
        expect(failures).toEqual([]);

        // A refused request appended nothing: no event carries its correlation id.
        const client = new Client({ connectionString: db.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            `SELECT metadata->>'correlationId' AS id, type FROM event_store.events WHERE metadata->>'correlationId' = ANY($1)`,
            [refused],
          );
          expect(rows).toEqual([]);
          await service.runtime.projections.catchUp();
          const schema = name.replace(/-/g, '_');
          const parked = await client.query(
            `SELECT projection, position, error FROM "${schema}".projection_parked`,
          );
          expect(parked.rows).toEqual([]);
        } finally {
          await client.end();
        }
        // Every read model caught up: none failing after the catch-up.
        expect(service.runtime.projections.status().filter((p: object) => 'failing' in p)).toEqual([]);
      } finally {
        await service.stop();
      }
    });
  },
);
