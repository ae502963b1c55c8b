// What the story driver needs to talk to the six services: their base URLs, development tokens
// for the people who act, JSON calls, and bounded waits for read models fed by events.
import { signDevToken } from '@aftersales/platform';

export const STORY_SERVICES = [
  'intake',
  'dispatch',
  'quality-inspection',
  'warehouse-returns',
  'claims',
  'finance',
] as const;
export type StoryService = (typeof STORY_SERVICES)[number];

/** Each service's base URL, its route prefix included (`http://127.0.0.1:3001/intake`). */
export type ServiceUrls = Readonly<Record<StoryService, string>>;

/** The standalone's URLs: each service on the next port after `basePort`, in catalogue order. */
export function standaloneUrls(basePort: number, host = '127.0.0.1'): ServiceUrls {
  return Object.fromEntries(
    STORY_SERVICES.map((name, i) => [name, `http://${host}:${basePort + 1 + i}/${name}`]),
  ) as unknown as ServiceUrls;
}

export interface Reply {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from another service
  readonly body: any;
}

export class StoryError extends Error {}

export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly branches: readonly string[];
  readonly departments?: readonly string[];
}

const tokens = new Map<string, { token: string; until: number }>();

/** A development token for the actor, signed once and reused while it is valid. */
export async function tokenOf(actor: Actor): Promise<string> {
  const key = JSON.stringify(actor);
  const cached = tokens.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = await signDevToken(
    {
      sub: actor.userId,
      name: actor.name,
      roles: [...actor.roles],
      branches: [...actor.branches],
      ...(actor.departments ? { departments: [...actor.departments] } : {}),
    },
    { ttl: '8h' },
  );
  tokens.set(key, { token, until: Date.now() + 7 * 3_600_000 });
  return token;
}

export class StoryClient {
  constructor(readonly urls: ServiceUrls) {}

  async call(
    service: StoryService,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    actor: Actor,
    body?: unknown,
  ): Promise<Reply> {
    const res = await fetch(`${this.urls[service]}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenOf(actor)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: kept as text */
    }
    return { status: res.status, body: parsed };
  }

  /** A call that must succeed (2xx); anything else stops the story naming the call and the answer. */
  async must(
    service: StoryService,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    actor: Actor,
    body?: unknown,
  ): Promise<Reply['body']> {
    const reply = await this.call(service, method, path, actor, body);
    if (reply.status < 200 || reply.status >= 300)
      throw new StoryError(
        `${method} ${service}${path} as ${actor.userId}: ${reply.status} ${JSON.stringify(reply.body)}`,
      );
    return reply.body;
  }
}

/**
 * Polls until `check` gives a value, for what another service learns from events; bounded, and
 * the error says what was awaited and the last thing seen.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs: number,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new StoryError(
        `${what}: not reached within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
