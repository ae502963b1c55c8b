// Issue 22, finding 6: every service starts the same documented way, from source for development
// (`npm run -w @aftersales/<service> start`) and compiled for production (`start:dist`).
import { createTestDatabase, type TestDatabase } from '@aftersales/testing';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICES } from '../services/catalogue';
import { buildServices, restartablePort } from './service-process';

const ROOT = path.resolve(__dirname, '../..');

async function startsAndIsReady(service: string, script: string, db: TestDatabase): Promise<void> {
  const port = await restartablePort();
  const output: string[] = [];
  const child = spawn('npm', ['run', '-s', '-w', `@aftersales/${service}`, script], {
    cwd: ROOT,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_DEV_KEY: 'true',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${service} ${script} exited: ${output.join('').slice(-500)}`);
      const ready = await fetch(`http://127.0.0.1:${port}/${service}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline)
        throw new Error(`${service} ${script} not ready in 60 s: ${output.join('').slice(-500)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    // npm and the service it started; a process that failed to start has already gone.
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

describe('every service starts the documented way', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    buildServices();
    db = await createTestDatabase('service_start');
  });
  afterAll(() => db.drop());

  it.each(SERVICES.map((s) => s.name))('%s declares the same start scripts as every other', (service) => {
    const { scripts } = JSON.parse(
      readFileSync(path.join(ROOT, 'services', service, 'package.json'), 'utf8'),
    );
    expect(scripts).toMatchObject({
      start: 'SWC_NODE_PROJECT=../../tsconfig.json node -r @swc-node/register src/main.ts',
      'start:dist': 'node --conditions=aftersales-dist dist/main.js',
    });
  });

  it.each(
    SERVICES.flatMap((s) => [
      [s.name, 'start'],
      [s.name, 'start:dist'],
    ]),
  )(
    '%s is ready after `npm run %s`',
    async (service, script) => {
      await startsAndIsReady(service, script, db);
    },
    90_000,
  );
});
