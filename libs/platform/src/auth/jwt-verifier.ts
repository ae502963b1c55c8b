import { RecentMap } from '@aftersales/kernel';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import type { Principal } from './principal';
import { isRole } from './roles';

export interface JwtVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** Seconds of clock skew accepted on exp/nbf/iat. */
  readonly clockToleranceSeconds: number;
  readonly algorithms: readonly string[];
  /** Production: the OIDC provider's JWKS endpoint. */
  readonly jwksUrl?: string;
  /** Development and tests: public keys given in place (e.g. the dev key). */
  readonly localJwks?: JSONWebKeySet;
  /** Dot paths of the claims holding roles and branches (Keycloak: realm_access.roles). */
  readonly rolesClaim?: string;
  readonly branchesClaim?: string;
}

/** The token was missing, malformed, or failed verification (HTTP 401). */
export class Unauthenticated extends Error {
  constructor(readonly reason: string) {
    super(`unauthenticated: ${reason}`);
    this.name = 'Unauthenticated';
  }
}

/** The keys could not be fetched: not the caller's fault (HTTP 503). */
export class KeysUnavailable extends Error {
  constructor(cause: unknown) {
    super(`signing keys unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'KeysUnavailable';
  }
}

type KeySource = ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;

/** Verified tokens kept at most this long, so a key withdrawn from the JWKS stops working soon. */
const CACHE_TTL_MS = 5 * 60_000;
const CACHE_MAX = 10_000;

export class JwtVerifier {
  private readonly keys: KeySource;
  /** token → principal and validity: a signature is checked once per token, not once per request. */
  private readonly verified = new RecentMap<
    string,
    { principal: Principal; notBefore: number; expires: number; until: number }
  >(CACHE_MAX);

  constructor(private readonly options: JwtVerifierOptions) {
    if (options.jwksUrl) {
      this.keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000 });
    } else if (options.localJwks) {
      this.keys = createLocalJWKSet(options.localJwks);
    } else {
      throw new Error('JwtVerifier needs a jwksUrl or local keys');
    }
  }

  async verify(token: string): Promise<Principal> {
    const now = Date.now();
    const hit = this.verified.get(token);
    const tolerance = this.options.clockToleranceSeconds * 1000;
    if (hit && now < hit.until && now + tolerance >= hit.notBefore && now - tolerance < hit.expires)
      return hit.principal;
    if (hit) this.verified.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds,
        algorithms: [...this.options.algorithms],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      throw toAuthError(error);
    }
    const principal = principalFrom(payload, this.options.rolesClaim, this.options.branchesClaim);
    this.verified.set(token, {
      principal,
      notBefore: (payload.nbf ?? 0) * 1000,
      expires: payload.exp! * 1000,
      until: now + CACHE_TTL_MS,
    });
    return principal;
  }
}

function toAuthError(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new Unauthenticated('token expired');
  if (error instanceof errors.JWTClaimValidationFailed)
    return new Unauthenticated(`claim ${error.claim} invalid: ${error.reason}`);
  if (error instanceof errors.JWSSignatureVerificationFailed) return new Unauthenticated('bad signature');
  if (error instanceof errors.JWKSNoMatchingKey) return new Unauthenticated('no matching key');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return new KeysUnavailable(error);
  if (error instanceof errors.JOSEError) return new Unauthenticated(`${error.code}: ${error.message}`);
  // fetch failures of the remote JWKS are plain errors (TypeError: fetch failed)
  return new KeysUnavailable(error);
}

function stringArray(payload: JWTPayload, claim: string): string[] {
  const value = claim
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      payload,
    );
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new Unauthenticated(`claim ${claim} must be an array of strings`);
  return value as string[];
}

/** Unknown role names are ignored, not rejected: OIDC providers add roles of their own (e.g. offline_access). */
export function principalFrom(
  payload: JWTPayload,
  rolesClaim = 'roles',
  branchesClaim = 'branches',
): Principal {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Unauthenticated('claim sub missing');
  const name = payload['name'];
  return {
    userId: payload.sub,
    displayName: typeof name === 'string' ? name : undefined,
    roles: stringArray(payload, rolesClaim).filter(isRole),
    branches: stringArray(payload, branchesClaim),
    ...(payload['departments'] === undefined ? {} : { departments: stringArray(payload, 'departments') }),
  };
}
