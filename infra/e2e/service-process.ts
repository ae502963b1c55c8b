// A service as its own compiled Node process, as deployed: the crash-restart test and the
// restart benchmark start, kill and restart it with this.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Compiles every package to dist/ (SWC, well under a second). */
export function buildServices(): void {
  // CI builds once before the tests (.ci/run): a spec recompiling dist/ while another spawns from
  // it would let that one load a half-written module.
  if (process.env.CI === 'true') return;
  execFileSync(process.execPath, ['infra/build/build.js'], { cwd: ROOT, stdio: 'ignore' });
}

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Every line it wrote (JSON logs). */
  readonly output: string[];
}

export function spawnService(
  name: string,
  port: number,
  env: Record<string, string>,
  nodeFlags: readonly string[] = [],
): ServiceProcess {
  const output: string[] = [];
  const args = [...nodeFlags, '--conditions=aftersales-dist', `services/${name}/dist/main.js`];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', AUTH_DEV_KEY: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  process.once('exit', () => child.kill('SIGKILL'));
  return { child, url: `http://127.0.0.1:${port}/${name}`, output };
}

/** Milliseconds from now until /health/ready answers 200 (polling every 25 ms). */
export async function msUntilReady(service: ServiceProcess, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (service.child.exitCode !== null)
      throw new Error(
        `exited during start-up (${service.child.exitCode}): ${service.output.slice(-5).join('\n')}`,
      );
    try {
      if ((await fetch(`${service.url}/health/ready`)).ok) return Math.round(performance.now() - started);
    } catch {
      /* not listening yet */
    }
    if (performance.now() - started > timeoutMs) throw new Error(`not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function kill(service: ServiceProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (service.child.exitCode !== null || service.child.signalCode !== null) return resolve();
    service.child.once('exit', () => resolve());
    service.child.kill(signal);
  });
}
