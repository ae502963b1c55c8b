import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { devPublicJwks, JwtVerifier } from '../src';

const root = join(__dirname, '..', '..', '..');
const tsNode = ['-r', '@swc-node/register'];

/** Collects a child's stdout JSON lines and resolves when one matches. */
function lines(child: ChildProcess) {
  const seen: Record<string, unknown>[] = [];
  const waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const part of parts.filter(Boolean)) {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(part) as Record<string, unknown>;
      } catch {
        line = { text: part };
      }
      seen.push(line);
      for (const w of waiters.filter((w) => w.match(line))) w.resolve(line);
    }
  });
  const waitFor = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = seen.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  return { seen, waitFor };
}

describe('processes: graceful shutdown and the dev token command', () => {
  it('SIGTERM: new requests refused, the in-flight one finishes, then shutdown hooks run in order and the process exits', async () => {
    const child = spawn(process.execPath, [...tsNode, 'libs/platform/test/fixtures/drain-service.ts'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      const out = lines(child);
      const { url } = (await out.waitFor((l) => l.event === 'ready')) as { url: string };
      const inFlight = fetch(`${url}/drain/slow`);
      await out.waitFor((l) => l.event === 'slow started');
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      const late = await fetch(`${url}/drain/health/live`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect(late === 503 || late === 'refused').toBe(true);

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ done: true });
      expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });

      const events = out.seen
        .filter((l) => l.event === 'slow finished' || l.event === 'hook')
        .map((l) => l.name ?? l.event);
      expect(events).toEqual(['slow finished', 'stop consuming', 'close database']);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('npm run token prints a dev-key JWT that verifies with the claims given', async () => {
    const run = spawnSync(
      process.execPath,
      [
        ...tsNode,
        'libs/platform/src/cli/token.cli.ts',
        '--user',
        'u-li',
        '--name',
        'Li Wei',
        '--roles',
        'intake-clerk,branch-manager',
        '--branches',
        'HZ',
        '--ttl',
        '1h',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const verifier = new JwtVerifier({
      issuer: 'aftersales-dev',
      audience: 'aftersales-backoffice',
      clockToleranceSeconds: 0,
      algorithms: ['EdDSA'],
      localJwks: devPublicJwks(),
    });
    expect(await verifier.verify(run.stdout.trim())).toEqual({
      userId: 'u-li',
      displayName: 'Li Wei',
      roles: ['intake-clerk', 'branch-manager'],
      branches: ['HZ'],
    });
  });

  it('the token command refuses an unknown role', () => {
    const run = spawnSync(
      process.execPath,
      [...tsNode, 'libs/platform/src/cli/token.cli.ts', '--user', 'u', '--roles', 'admin'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown role(s): admin');
  });
});
