// What this machine allows any registration service: servers that answer the benchmark's
// registrations with nothing of ours behind them, run as their own process and driven exactly
// like the service. Printed port on stdout once listening.
//
//   noop         node:http, reads the body, answers 201
//   commit       node:http, parses the body and answers 201 once it is durably in PostgreSQL:
//                one INSERT per group commit (one in flight, fsync on), as the event log does
//   nest-commit  the same commit behind NestJS on Fastify, the framework the services run on
//
// FLOOR_SPIN_US=<µs>: the commit servers also spend that much CPU on each request before
// committing it, standing in for a service's own work (how the tail grows with CPU per request).
//
// Usage: node -r @swc-node/register infra/bench/floor-server.ts <kind> [databaseUrl]
import 'reflect-metadata';
import http from 'node:http';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';

type Kind = 'noop' | 'commit' | 'nest-commit';

const SPIN_US = Number(process.env.FLOOR_SPIN_US ?? 0);

/** Busy for SPIN_US of this process's CPU time (time it is preempted does not count). */
function spin(): void {
  if (SPIN_US <= 0) return;
  const start = process.cpuUsage();
  while (true) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= SPIN_US) return;
  }
}

interface Registered {
  caseId: string;
  caseNumber: string;
}

/** Registrations queue while one INSERT is in flight; the next takes them all (group commit). */
class GroupCommit {
  private queue: Array<{ streamId: string; data: string; done: (error?: Error) => void }> = [];
  private busy = false;
  private count = 0;

  constructor(private readonly client: Client) {}

  static async open(url: string): Promise<GroupCommit> {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`
      DROP TABLE IF EXISTS floor_log;
      CREATE TABLE floor_log (position bigserial PRIMARY KEY, stream_id text NOT NULL, data json NOT NULL)`);
    return new GroupCommit(client);
  }

  register(body: unknown): Promise<Registered> {
    spin();
    const n = ++this.count;
    const registered = { caseId: `case-${n}`, caseNumber: `HZ-2026-${String(n).padStart(6, '0')}` };
    return new Promise((resolve, reject) => {
      this.queue.push({
        streamId: registered.caseId,
        data: JSON.stringify(body),
        done: (error) => (error ? reject(error) : resolve(registered)),
      });
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    const batch = this.queue;
    this.queue = [];
    try {
      await this.client.query(
        'INSERT INTO floor_log (stream_id, data) SELECT * FROM unnest($1::text[], $2::json[])',
        [batch.map((b) => b.streamId), batch.map((b) => b.data)],
      );
      for (const b of batch) b.done();
    } catch (error) {
      for (const b of batch) b.done(error as Error);
    } finally {
      this.busy = false;
      setImmediate(() => void this.flush());
    }
  }
}

function nodeHttp(handle: (body: string) => Promise<Registered | undefined>): Promise<number> {
  const idle = JSON.stringify({
    caseId: '0193a3c4-0000-7000-8000-000000000000',
    caseNumber: 'HZ-2026-000001',
  });
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      handle(body).then(
        (registered) => {
          const text = registered ? JSON.stringify(registered) : idle;
          res.writeHead(201, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        },
        () => {
          res.writeHead(500, { 'content-length': 0 });
          res.end();
        },
      );
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

async function nest(log: GroupCommit): Promise<number> {
  @Controller('intake')
  class CasesController {
    @Post('cases')
    @HttpCode(201)
    register(@Body() body: unknown): Promise<Registered> {
      return log.register(body);
    }
  }
  @Module({ controllers: [CasesController] })
  class FloorModule {}
  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  return (app.getHttpServer().address() as { port: number }).port;
}

async function main(kind: Kind, url?: string): Promise<number> {
  if (kind === 'noop') return nodeHttp(async () => undefined);
  if (!url) throw new Error(`${kind} needs a database URL`);
  const log = await GroupCommit.open(url);
  if (kind === 'commit') return nodeHttp((body) => log.register(JSON.parse(body)));
  if (kind === 'nest-commit') return nest(log);
  throw new Error(`unknown floor server ${String(kind)}`);
}

main(process.argv[2] as Kind, process.argv[3]).then(
  (port) => process.stdout.write(`${port}\n`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
