// A service as its own compiled Node process, as deployed: the crash-restart test and the
// restart benchmark start, kill and restart it with this.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Compiles every package to dist/ (SWC, well under a second). */
export function buildServices(): void {
  // CI builds once before the tests (.ci/run): a spec recompiling dist/ while another spawns from
  // it would let that one load a half-written module.
  if (process.env.CI === 'true') return;
  execFileSync(process.execPath, ['infra/build/build.js'], { cwd: ROOT, stdio: 'ignore' });
}

/**
 * A free port below the kernel's ephemeral range. A port the OS hands out (listen on 0) or one
 * picked inside that range can be taken by any outgoing connection, even a readiness poll
 * connecting to itself, while its service is down between a kill and its restart.
 */
export async function restartablePort(): Promise<number> {
  const [ephemeralLow] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  const low = 10_000;
  const high = Math.max(low + 1_000, (ephemeralLow || 32_768) - 1);
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${low}-${high}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
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
