// Constant-rate load (open loop, as wrk2 does): requests leave on a fixed schedule whatever the
// server does, and each latency counts from the moment its request was due, so a stalled server
// is charged for every request it held back (no coordinated omission). autocannon's rate option
// cannot do this: it releases each connection's quota at the start of every second.
import net from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface OpenLoopRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface OpenLoopOptions {
  readonly url: string;
  /** Requests per second offered. */
  readonly rate: number;
  readonly seconds: number;
  /** Cycled in order. */
  readonly requests: readonly OpenLoopRequest[];
  /**
   * Keep-alive connections, opened up front (default 64), as a proxy in front of the service
   * keeps them; a request due while all are busy waits for one, and its wait counts.
   */
  readonly connections?: number;
}

export interface OpenLoopResult {
  readonly offeredPerSecond: number;
  readonly completedPerSecond: number;
  readonly sent: number;
  readonly completed: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Due but never answered within the run and a grace of 5 s after it. */
  readonly unanswered: number;
  readonly connectionsUsed: number;
  /** From each request's due time to its complete response. */
  readonly latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number; mean: number };
  /**
   * How late the generator's own event loop ran (beyond a 1-ms timer): a request it sends or reads
   * late is charged to the server, so this bounds how much of the tail is the generator's.
   */
  readonly generatorDelayMs: { p99: number; max: number };
}

interface Conn {
  socket: net.Socket;
  busy: boolean;
  dueAt: number;
  buffer: Buffer;
  expect: number;
  status: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

function serialise(host: string, r: OpenLoopRequest): Buffer {
  const body = r.body === undefined ? undefined : Buffer.from(r.body);
  const lines = [`${r.method} ${r.path} HTTP/1.1`, `host: ${host}`, 'connection: keep-alive'];
  for (const [k, v] of Object.entries(r.headers ?? {})) lines.push(`${k}: ${v}`);
  if (body) lines.push(`content-length: ${body.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
  return body ? Buffer.concat([head, body]) : head;
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const url = new URL(options.url);
  const port = Number(url.port || 80);
  const wire = options.requests.map((r) => serialise(url.host, r));
  const total = Math.floor(options.rate * options.seconds);
  const latencies = new Float64Array(total);
  const idle: Conn[] = [];
  const all: Conn[] = [];
  const backlog: number[] = []; // due times of requests waiting for a free connection
  const trace: Array<[number, number]> = [];
  let start = 0; // when the schedule began
  let sent = 0;
  let completed = 0;
  let non2xx = 0;
  let errors = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const dispatch = (conn: Conn, dueAt: number) => {
    conn.busy = true;
    conn.dueAt = dueAt;
    conn.socket.write(wire[sent++ % wire.length]);
  };
  const settle = (conn: Conn) => {
    if (process.env.OPEN_LOOP_TRACE) trace.push([conn.dueAt - start, performance.now() - conn.dueAt]);
    latencies[completed++] = performance.now() - conn.dueAt;
    if (conn.status < 200 || conn.status >= 300) non2xx++;
    conn.busy = false;
    conn.buffer = Buffer.alloc(0);
    conn.expect = -1;
    if (completed === total) finish();
    const next = backlog.shift();
    if (next !== undefined) dispatch(conn, next);
    else idle.push(conn);
  };
  const onData = (conn: Conn, chunk: Buffer) => {
    conn.buffer = conn.buffer.length === 0 ? chunk : Buffer.concat([conn.buffer, chunk]);
    if (conn.expect < 0) {
      const end = conn.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const head = conn.buffer.subarray(0, end).toString('latin1');
      conn.status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) throw new Error(`open-loop: response without content-length:\n${head}`);
      conn.expect = end + 4 + Number(length[1]);
    }
    if (conn.buffer.length >= conn.expect) settle(conn);
  };
  const open = () =>
    new Promise<Conn>((resolve, reject) => {
      const socket = net.connect({ host: url.hostname, port, noDelay: true });
      const conn: Conn = { socket, busy: false, dueAt: 0, buffer: Buffer.alloc(0), expect: -1, status: 0 };
      socket.once('connect', () => {
        all.push(conn);
        resolve(conn);
      });
      socket.on('data', (chunk) => onData(conn, chunk));
      const lost = (error?: Error) => {
        if (!all.includes(conn)) return reject(error ?? new Error('open-loop: connection refused'));
        all.splice(all.indexOf(conn), 1);
        if (idle.includes(conn)) idle.splice(idle.indexOf(conn), 1);
        if (conn.busy) {
          latencies[completed++] = performance.now() - conn.dueAt;
          errors++;
          if (completed === total) finish();
        }
      };
      socket.on('error', lost);
      socket.on('close', () => lost());
    });

  for (const conn of await Promise.all(Array.from({ length: options.connections ?? 64 }, open)))
    idle.push(conn);

  const interval = 1000 / options.rate;
  start = performance.now();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  if (process.env.OPEN_LOOP_TRACE)
    console.log('monotonic µs at start', String(process.hrtime.bigint() / 1000n));
  let scheduled = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (scheduled < total && start + scheduled * interval <= now) {
        const dueAt = start + scheduled * interval;
        scheduled++;
        const conn = idle.pop();
        if (conn) dispatch(conn, dueAt);
        else backlog.push(dueAt);
      }
      if (scheduled < total) setTimeout(tick, Math.max(0, Math.min(1, start + scheduled * interval - now)));
      else resolve();
    };
    tick();
  });
  await Promise.race([finished, new Promise((r) => setTimeout(r, 5_000))]);
  const elapsed = (performance.now() - start) / 1000;
  delay.disable();
  const sorted = latencies.slice(0, completed).sort();
  const connectionsUsed = all.length;
  all.splice(0).forEach((c) => c.socket.destroy());
  if (process.env.OPEN_LOOP_TRACE) {
    const per = new Map<number, number[]>();
    for (const [at, l] of trace)
      (per.get(Math.floor(at / 500)) ?? per.set(Math.floor(at / 500), []).get(Math.floor(at / 500))!).push(l);
    console.log(
      [...per]
        .map(
          ([k, v]) =>
            `${k / 2}s n=${v.length} max=${Math.round(Math.max(...v))} over25=${v.filter((x) => x > 25).length}`,
        )
        .join('\n'),
    );
    const slow = trace.filter(([, l]) => l > 25).map(([at, l]) => `${Math.round(at)}:${Math.round(l)}`);
    console.log('slow (due ms:latency ms):', slow.join(' '));
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    offeredPerSecond: options.rate,
    completedPerSecond: Math.round(completed / elapsed),
    sent,
    completed,
    non2xx,
    errors,
    unanswered: total - completed,
    connectionsUsed,
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p90: round(percentile(sorted, 0.9)),
      p99: round(percentile(sorted, 0.99)),
      p999: round(percentile(sorted, 0.999)),
      max: round(sorted[sorted.length - 1] ?? NaN),
      mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, completed)),
    },
    generatorDelayMs: {
      p99: round(Math.max(0, delay.percentile(99) / 1e6 - 1)),
      max: round(Math.max(0, delay.max / 1e6 - 1)),
    },
  };
}
