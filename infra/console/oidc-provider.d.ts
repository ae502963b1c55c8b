// The few parts of oidc-provider (which ships no types) the console's sign-in tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { JWK } from 'jose';

  export interface ClientMetadata {
    client_id: string;
    token_endpoint_auth_method?: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
  }
  export interface Account {
    accountId: string;
    claims: () => Record<string, unknown>;
  }
  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenFormat?: 'jwt' | 'opaque';
    accessTokenTTL?: number;
    jwt?: { sign?: { alg: string } };
  }
  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: JWK[] };
    cookies?: { keys?: string[] };
    pkce?: { required?: (ctx: unknown, client: unknown) => boolean };
    clientBasedCORS?: (ctx: unknown, origin: string, client: { redirectUris?: string[] }) => boolean;
    claims?: Record<string, string[]>;
    findAccount?: (ctx: unknown, sub: string) => Account | undefined | Promise<Account | undefined>;
    features?: {
      devInteractions?: { enabled: boolean };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: unknown, client: unknown, oneOf?: string[]) => string | string[] | undefined;
        useGrantedResource?: (ctx: unknown, model: unknown) => boolean;
        getResourceServerInfo?: (ctx: unknown, resource: string, client: unknown) => ResourceServerInfo;
      };
    };
    extraTokenClaims?: (ctx: unknown, token: object) => Record<string, unknown> | undefined;
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
