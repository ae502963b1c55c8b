// The console's one origin in the standalone back office: the built single-page application, its
// configuration, and every service's API under /<service>/ passed through to that service's port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { demoToken, type DemoUser } from './demo-users';

export const CONSOLE_DIST = path.resolve(__dirname, '../../apps/console/dist');

/** What the console reads at /config.json (docs/console.md). */
export interface ConsoleConfig {
  /** `dev`: pick a demo user; `oidc`: authorization code with PKCE against the issuer. */
  readonly auth:
    | { readonly mode: 'dev' }
    | { readonly mode: 'oidc'; readonly issuer: string; readonly clientId: string; readonly scope?: string };
  /** Branch → IANA time zone, for deadlines and times shown in the branch's zone. */
  readonly branchTimeZones: Record<string, string>;
  readonly branches: readonly string[];
}

export interface ConsoleServerOptions {
  readonly port: number;
  readonly host?: string;
  /** Service name → its base URL (http://127.0.0.1:3001). */
  readonly upstreams: Readonly<Record<string, string>>;
  readonly config: ConsoleConfig;
  /** Development only: the demo users one may sign in as (POST /auth/dev/token). */
  readonly demoUsers?: readonly DemoUser[];
  readonly staticDir?: string;
}

export interface RunningConsole {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseBranchTimeZones(spec: string): Record<string, string> {
  return Object.fromEntries(
    spec
      .split(',')
      .map((pair) => pair.split('=').map((s) => s.trim()))
      .filter(([branch, zone]) => branch && zone),
  );
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsole> {
  const dir = options.staticDir ?? CONSOLE_DIST;
  const users = new Map((options.demoUsers ?? []).map((u) => [u.id, u]));

  const proxy = (req: http.IncomingMessage, res: http.ServerResponse, base: string) => {
    const target = new URL(req.url ?? '/', base);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) json(res, 502, { error: 'bad_gateway', reason: error.message });
      else res.destroy(error);
    });
    req.pipe(upstream);
  };

  const serveFile = (res: http.ServerResponse, file: string) => {
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://console');
    const first = url.pathname.split('/')[1] ?? '';
    if (options.upstreams[first]) return proxy(req, res, options.upstreams[first]);
    if (url.pathname === '/config.json') return json(res, 200, options.config);
    if (url.pathname === '/auth/dev/users' && users.size)
      return json(res, 200, { users: [...users.values()] });
    if (url.pathname === '/auth/dev/token' && req.method === 'POST' && users.size) {
      void readBody(req).then(async (text) => {
        let id: unknown;
        try {
          id = (JSON.parse(text) as { userId?: unknown }).userId;
        } catch {
          id = undefined;
        }
        const user = typeof id === 'string' ? users.get(id) : undefined;
        if (!user)
          return json(res, 400, {
            error: 'validation_failed',
            details: [{ field: 'userId', reason: 'no such demo user' }],
          });
        json(res, 200, { token: await demoToken(user) });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method_not_allowed' });
    const file = path.resolve(dir, `.${decodeURIComponent(url.pathname)}`);
    if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile())
      return serveFile(res, file);
    const index = path.join(dir, 'index.html');
    if (existsSync(index)) return serveFile(res, index);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The console is not built: run `npm run build`, then reload.\n');
  });
  // Idle kept-alive sockets stay open longer than a browser's or a client's own idle limit, so the
  // client closes first: a request sent as the server closed would fail with 'other side closed'.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
