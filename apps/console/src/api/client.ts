import createClient, { type Middleware } from 'openapi-fetch';
import type { FieldRefusal } from './field-reasons';
import type { paths as ClaimsPaths } from './schema/claims';
import type { paths as DispatchPaths } from './schema/dispatch';
import type { paths as FinancePaths } from './schema/finance';
import type { paths as IntakePaths } from './schema/intake';
import type { paths as QualityPaths } from './schema/quality-inspection';
import type { paths as ReturnsPaths } from './schema/warehouse-returns';

let token: string | undefined;
let onUnauthenticated: () => void = () => undefined;

export function useToken(next: string | undefined, signOut: () => void): void {
  token = next;
  onUnauthenticated = signOut;
}

/** Per service, the latest log position a command of this user answered (docs/consistency.md). */
const written = new Map<string, number>();
const serviceOf = (url: string) => new URL(url, location.href).pathname.split('/')[1] ?? '';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    // Read-your-writes: a query after a command answers with that command's effect.
    const position = written.get(serviceOf(request.url));
    if (request.method === 'GET' && position) request.headers.set('x-min-position', String(position));
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status === 401) onUnauthenticated();
    const position = Number(response.headers.get('x-log-position'));
    const service = serviceOf(request.url);
    if (position > (written.get(service) ?? 0)) written.set(service, position);
    // 425: the read model has not reached the write yet; ask again after Retry-After.
    for (let attempt = 0; response.status === 425 && attempt < 20; attempt++) {
      await pause(Math.min(Number(response.headers.get('retry-after') ?? 0) * 1000 || 200, 1000));
      response = await fetch(request.clone());
    }
    return response;
  },
};

function client<Paths extends object>() {
  const c = createClient<Paths>({ baseUrl: '' });
  c.use(auth);
  return c;
}

/** One typed client per service, from its OpenAPI document: a contract change is a type error. */
export const intake = client<IntakePaths>();
export const dispatch = client<DispatchPaths>();
export const quality = client<QualityPaths>();
export const returns = client<ReturnsPaths>();
export const claims = client<ClaimsPaths>();
export const finance = client<FinancePaths>();

/** What a refusal's body says: the fields refused, the rule, or the reason (each read once). */
function readRefusal(status: number, body: unknown) {
  const b = (body ?? {}) as { details?: unknown; rule?: unknown; message?: unknown; reason?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const fields = Array.isArray(b.details)
    ? b.details.filter(
        (d): d is FieldRefusal => typeof d?.field === 'string' && typeof d?.reason === 'string',
      )
    : [];
  const rule = text(b.rule) ? { id: text(b.rule)!, message: text(b.message) ?? '' } : undefined;
  const message =
    fields.length > 0
      ? fields.map((d) => `${d.field}: ${d.reason}`).join('; ')
      : rule
        ? `${rule.id}: ${rule.message}`
        : (text(b.reason) ?? text(b.message) ?? `HTTP ${status}`);
  return { fields, rule, message };
}

/** A refusal from a service, with what it said: fields and reasons, the rule, or the reason. */
export class ApiError extends Error {
  /** The fields a 400 refused, each with the service's reason. */
  readonly fields: readonly FieldRefusal[];
  /** The business rule that refused it (a 422's `RET-7`), and what the service said. */
  readonly rule?: { readonly id: string; readonly message: string };

  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const said = readRefusal(status, body);
    super(said.message);
    this.fields = said.fields;
    this.rule = said.rule;
  }
}

/** The data of a successful answer; a refusal throws ApiError (for TanStack Query's error state). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error);
  return data as T;
}
