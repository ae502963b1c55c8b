import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

/**
 * DEVELOPMENT ONLY. The dev signing key is committed on purpose, so that a token printed by
 * `npm run token` works against every local instance (tests, standalone, compose) without a
 * generation step; it protects nothing and services refuse it when NODE_ENV=production.
 */
export const DEV_KEY_PATH = join(__dirname, '..', '..', 'dev-keys', 'DEV-ONLY-jwt-signing-key.jwk.json');
export const DEV_ISSUER = 'aftersales-dev';
export const DEFAULT_AUDIENCE = 'aftersales-backoffice';

function devPrivateJwk(): JWK {
  const { _comment: _, ...jwk } = JSON.parse(readFileSync(DEV_KEY_PATH, 'utf8')) as JWK & {
    _comment?: string;
  };
  return jwk;
}

export function devPublicJwks(): JSONWebKeySet {
  const { d: _d, ...publicJwk } = devPrivateJwk();
  return { keys: [publicJwk] };
}

export interface TokenClaims {
  readonly sub: string;
  readonly name?: string;
  readonly roles: readonly string[];
  readonly branches: readonly string[];
  /** Head-office departments of the user (QC-4: a department head disputes for them). */
  readonly departments?: readonly string[];
}

export interface SignOptions {
  readonly issuer?: string;
  readonly audience?: string;
  /** e.g. '8h', '15m'; or seconds. */
  readonly ttl?: string | number;
  /** The "now" of the token (tests back-date to make expired tokens). */
  readonly issuedAt?: Date;
}

/** Signs with any private JWK (tests use their own keys to fake a bad signature or a JWKS provider). */
export async function signToken(
  privateJwk: JWK,
  claims: TokenClaims,
  options: SignOptions = {},
): Promise<string> {
  const alg = privateJwk.alg ?? 'EdDSA';
  const key = await importJWK(privateJwk, alg);
  const iat = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000);
  const ttl = options.ttl ?? '8h';
  const jwt = new SignJWT({
    name: claims.name,
    roles: [...claims.roles],
    branches: [...claims.branches],
    ...(claims.departments ? { departments: [...claims.departments] } : {}),
  })
    .setProtectedHeader({ alg, kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(iat);
  jwt.setExpirationTime(iat + (typeof ttl === 'number' ? ttl : ttlSeconds(ttl)));
  return jwt.sign(key);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** '90s', '15m', '8h', '2d' → seconds. */
export function ttlSeconds(ttl: string): number {
  const match = /^(\d+)\s*([smhd])$/.exec(ttl.trim());
  if (!match) throw new RangeError(`ttl must look like 90s, 15m, 8h or 2d, got "${ttl}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2]];
}

export function signDevToken(claims: TokenClaims, options: SignOptions = {}): Promise<string> {
  return signToken(devPrivateJwk(), claims, options);
}
